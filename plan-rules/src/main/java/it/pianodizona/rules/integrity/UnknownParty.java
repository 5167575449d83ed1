package it.pianodizona.rules.integrity;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.model.participation.Participation;
import it.pianodizona.rules.AbstractRule;
import it.pianodizona.rules.Citations;
import it.pianodizona.rules.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import java.util.Optional;

/**
 * Every municipality or organisation a plan refers to (lead, health authority, issuer,
 * applicant, participant, referent, member, signatory, adherent) is listed in the plan.
 */
final class UnknownParty extends AbstractRule {

  UnknownParty() {
    super("UNKNOWN_PARTY", RuleFamily.INTEGRITY, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    References refs = new References(context, plan.partiesById().keySet(), "party");
    refs.check(plan.district().leadMunicipalityId(), "district", "leadMunicipalityId");
    refs.check(plan.district().healthAuthorityId(), "district", "healthAuthorityId");
    for (int i = 0; i < plan.organisations().size(); i++) {
      refs.check(plan.organisations().get(i).municipalityId(), "organisations", i, "municipalityId");
    }
    Participation participation = plan.participation();
    for (int i = 0; i < participation.calls().size(); i++) {
      refs.check(participation.calls().get(i).issuerId(), "participation", "calls", i, "issuerId");
    }
    for (int i = 0; i < participation.expressionsOfInterest().size(); i++) {
      refs.check(Optional.of(participation.expressionsOfInterest().get(i).partyId()),
          "participation", "expressionsOfInterest", i, "partyId");
    }
    for (int i = 0; i < participation.workTables().size(); i++) {
      refs.checkAll(participation.workTables().get(i).participantIds(), "participation", "workTables", i, "participantIds");
    }
    for (int o = 0; o < plan.objectives().size(); o++) {
      Objective objective = plan.objectives().get(o);
      for (int r = 0; r < objective.referents().size(); r++) {
        refs.check(objective.referents().get(r).partyId(), "objectives", o, "referents", r, "partyId");
      }
    }
    for (int b = 0; b < plan.governanceBodies().size(); b++) {
      GovernanceBody body = plan.governanceBodies().get(b);
      refs.check(body.coordinatorId(), "governanceBodies", b, "coordinatorId");
      for (int m = 0; m < body.members().size(); m++) {
        refs.check(body.members().get(m).partyId(), "governanceBodies", b, "members", m, "partyId");
      }
    }
    plan.agreement().ifPresent(agreement -> {
      refs.check(agreement.leadPartyId(), "agreement", "leadPartyId");
      for (int s = 0; s < agreement.signatories().size(); s++) {
        refs.check(Optional.of(agreement.signatories().get(s).partyId()), "agreement", "signatories", s, "partyId");
      }
      for (int a = 0; a < agreement.adherents().size(); a++) {
        refs.check(Optional.of(agreement.adherents().get(a).partyId()), "agreement", "adherents", a, "partyId");
      }
    });
  }
}
