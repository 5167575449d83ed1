package it.pianodizona.rules.eligibility;

import com.google.common.collect.ImmutableList;
import it.pianodizona.rules.spi.Rule;

/** Regole di ammissibilità: the eligibility family, in catalogue order. */
public final class EligibilityRules {

  private EligibilityRules() {}

  public static ImmutableList<Rule> all() {
    return ImmutableList.of(
        new MunicipalityNotSignatory(),
        new HealthAuthorityNotSignatory(),
        new HealthcareTrustNotSignatory(),
        new HealthBodyNotInForce(),
        new SignatoryNotPublicBody(),
        new PublicBodyAdheres(),
        new AdherentExcludedKind(),
        new AdherentNotThirdSector(),
        new AdherentDidNotParticipate(),
        new AdherentRuntsSectionMissing(),
        new RuntsSectionMismatch(),
        new ExpressionOfInterestIneligibleKind(),
        new ForProfitAsThirdSector(),
        new AdherentNotEnrolledAfterTransfer(),
        new AgreementWithoutSignatories());
  }
}
