package it.pianodizona.rules.integrity;

import static it.pianodizona.rules.spi.PlanFields.ADHERENTS;
import static it.pianodizona.rules.spi.PlanFields.AGREEMENT;
import static it.pianodizona.rules.spi.PlanFields.APPROVALS;
import static it.pianodizona.rules.spi.PlanFields.CALLS;
import static it.pianodizona.rules.spi.PlanFields.COORDINATOR_ID;
import static it.pianodizona.rules.spi.PlanFields.DISTRICT;
import static it.pianodizona.rules.spi.PlanFields.EXPRESSIONS_OF_INTEREST;
import static it.pianodizona.rules.spi.PlanFields.GOVERNANCE_BODIES;
import static it.pianodizona.rules.spi.PlanFields.HEALTH_AUTHORITY_ID;
import static it.pianodizona.rules.spi.PlanFields.ISSUER_ID;
import static it.pianodizona.rules.spi.PlanFields.LEAD_MUNICIPALITY_ID;
import static it.pianodizona.rules.spi.PlanFields.LEAD_PARTY_ID;
import static it.pianodizona.rules.spi.PlanFields.MEETINGS;
import static it.pianodizona.rules.spi.PlanFields.MEMBERS;
import static it.pianodizona.rules.spi.PlanFields.MUNICIPALITY_ID;
import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;
import static it.pianodizona.rules.spi.PlanFields.OFFICIALS;
import static it.pianodizona.rules.spi.PlanFields.ORGANISATIONS;
import static it.pianodizona.rules.spi.PlanFields.OWNER_PARTY_ID;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPANT_IDS;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;
import static it.pianodizona.rules.spi.PlanFields.PARTY_ID;
import static it.pianodizona.rules.spi.PlanFields.REFERENTS;
import static it.pianodizona.rules.spi.PlanFields.SIGNATORIES;
import static it.pianodizona.rules.spi.PlanFields.WORK_TABLES;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.model.participation.Participation;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.Optional;

/**
 * Every municipality or organisation a plan refers to (lead, health authority, issuer,
 * applicant, participant, referent, member, signatory, adherent, party of an approval act) is
 * listed in the plan.
 */
final class UnknownParty extends AbstractRule {

  UnknownParty() {
    super("UNKNOWN_PARTY", RuleFamily.INTEGRITY, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    References refs = new References(context, plan.partiesById().keySet(), "party");
    refs.check(plan.district().leadMunicipalityId(), Pointer.root().field(DISTRICT).field(LEAD_MUNICIPALITY_ID));
    refs.check(plan.district().healthAuthorityId(), Pointer.root().field(DISTRICT).field(HEALTH_AUTHORITY_ID));
    for (int i = 0; i < plan.organisations().size(); i++) {
      refs.check(plan.organisations().get(i).municipalityId(), Pointer.root().item(ORGANISATIONS, i).field(MUNICIPALITY_ID));
    }
    Participation participation = plan.participation();
    for (int i = 0; i < participation.calls().size(); i++) {
      refs.check(participation.calls().get(i).issuerId(), Pointer.root().field(PARTICIPATION).item(CALLS, i).field(ISSUER_ID));
    }
    for (int i = 0; i < participation.expressionsOfInterest().size(); i++) {
      refs.check(Optional.of(participation.expressionsOfInterest().get(i).partyId()), Pointer.root().field(PARTICIPATION).item(EXPRESSIONS_OF_INTEREST, i).field(PARTY_ID));
    }
    for (int i = 0; i < participation.workTables().size(); i++) {
      refs.checkAll(participation.workTables().get(i).participantIds(), Pointer.root().field(PARTICIPATION).item(WORK_TABLES, i).field(PARTICIPANT_IDS));
    }
    for (int o = 0; o < plan.objectives().size(); o++) {
      Objective objective = plan.objectives().get(o);
      for (int r = 0; r < objective.referents().size(); r++) {
        refs.check(objective.referents().get(r).partyId(), Pointer.root().item(OBJECTIVES, o).item(REFERENTS, r).field(PARTY_ID));
      }
    }
    for (int b = 0; b < plan.governanceBodies().size(); b++) {
      GovernanceBody body = plan.governanceBodies().get(b);
      refs.check(body.coordinatorId(), Pointer.root().item(GOVERNANCE_BODIES, b).field(COORDINATOR_ID));
      for (int m = 0; m < body.members().size(); m++) {
        refs.check(body.members().get(m).partyId(), Pointer.root().item(GOVERNANCE_BODIES, b).item(MEMBERS, m).field(PARTY_ID));
      }
    }
    for (int a = 0; a < plan.approvals().size(); a++) {
      refs.check(plan.approvals().get(a).partyId(), Pointer.root().item(APPROVALS, a).field(PARTY_ID));
    }
    plan.agreement().ifPresent(agreement -> {
      refs.check(agreement.leadPartyId(), Pointer.root().field(AGREEMENT).field(LEAD_PARTY_ID));
      for (int s = 0; s < agreement.signatories().size(); s++) {
        refs.check(Optional.of(agreement.signatories().get(s).partyId()), Pointer.root().field(AGREEMENT).item(SIGNATORIES, s).field(PARTY_ID));
      }
      for (int a = 0; a < agreement.adherents().size(); a++) {
        refs.check(Optional.of(agreement.adherents().get(a).partyId()), Pointer.root().field(AGREEMENT).item(ADHERENTS, a).field(PARTY_ID));
      }
    });
    schema11(plan, refs);
  }

  /**
   * The party references schema 1.1 added (issue 17): who took part in a meeting, the party a
   * table or a body belongs to, the party an official's office belongs to.
   */
  private static void schema11(ZonePlan plan, References refs) {
    Participation participation = plan.participation();
    for (int m = 0; m < participation.meetings().size(); m++) {
      refs.checkAll(participation.meetings().get(m).participantIds(), Pointer.root().field(PARTICIPATION).item(MEETINGS, m).field(PARTICIPANT_IDS));
    }
    for (int t = 0; t < participation.workTables().size(); t++) {
      refs.check(participation.workTables().get(t).ownerPartyId(), Pointer.root().field(PARTICIPATION).item(WORK_TABLES, t).field(OWNER_PARTY_ID));
    }
    for (int b = 0; b < plan.governanceBodies().size(); b++) {
      refs.check(plan.governanceBodies().get(b).ownerPartyId(), Pointer.root().item(GOVERNANCE_BODIES, b).field(OWNER_PARTY_ID));
    }
    for (int o = 0; o < plan.officials().size(); o++) {
      refs.check(plan.officials().get(o).partyId(), Pointer.root().item(OFFICIALS, o).field(PARTY_ID));
    }
  }
}
