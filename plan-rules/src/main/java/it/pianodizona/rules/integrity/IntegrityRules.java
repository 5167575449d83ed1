package it.pianodizona.rules.integrity;

import com.google.common.collect.ImmutableList;
import it.pianodizona.rules.spi.Rule;

/** Regole di integrità: the integrity family, in catalogue order. */
public final class IntegrityRules {

  private IntegrityRules() {}

  public static ImmutableList<Rule> all() {
    return ImmutableList.of(
        new RequiredElementMissing(),
        new AgreementMissing(),
        new AgreementAdoptsOtherPlan(),
        new DuplicateId(),
        new UnknownParty(),
        new UnknownSubDistrict(),
        new UnknownParticipationItem(),
        new UnknownWorkTable(),
        new UnknownPolicyItem(),
        new UnknownObjective(),
        new UnknownGovernanceReference(),
        new PartyKindMismatch(),
        new DeclaredCountMismatch(),
        new StrategicAreasMissing(),
        new MunicipalityWithoutSubDistrict(),
        new ObjectiveCodeDuplicate(),
        new OrganisationDuplicate(),
        new ParticipationFigureMismatch());
  }
}
