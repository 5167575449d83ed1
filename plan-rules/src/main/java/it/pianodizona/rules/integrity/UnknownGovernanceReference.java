package it.pianodizona.rules.integrity;

import static it.pianodizona.rules.spi.PlanFields.APPROVALS;
import static it.pianodizona.rules.spi.PlanFields.BODY_ID;
import static it.pianodizona.rules.spi.PlanFields.GOVERNANCE_BODIES;
import static it.pianodizona.rules.spi.PlanFields.GOVERNANCE_BODY_ID;
import static it.pianodizona.rules.spi.PlanFields.MEETINGS;
import static it.pianodizona.rules.spi.PlanFields.MEMBERS;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;
import static it.pianodizona.rules.spi.PlanFields.SEAT_RULE_ID;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.PlanFields;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;

/**
 * A meeting's or an approval act's governance body is one of the plan's, and a member's seat rule
 * is one of its body's.
 */
final class UnknownGovernanceReference extends AbstractRule {

  UnknownGovernanceReference() {
    super("UNKNOWN_GOVERNANCE_REFERENCE", RuleFamily.INTEGRITY, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    References bodies = new References(context, plan.governanceBodiesById().keySet(), "body");
    for (int m = 0; m < plan.participation().meetings().size(); m++) {
      bodies.check(plan.participation().meetings().get(m).governanceBodyId(), Pointer.root().field(PARTICIPATION).item(MEETINGS, m).field(GOVERNANCE_BODY_ID));
    }
    for (int a = 0; a < plan.approvals().size(); a++) {
      bodies.check(plan.approvals().get(a).bodyId(), Pointer.root().item(APPROVALS, a).field(BODY_ID));
    }
    for (int b = 0; b < plan.governanceBodies().size(); b++) {
      GovernanceBody body = plan.governanceBodies().get(b);
      References seats = new References(context, IdSets.ids(body.seatRules(), r -> r.id()), "seatRule");
      for (int m = 0; m < body.members().size(); m++) {
        seats.check(body.members().get(m).seatRuleId(), Pointer.root().item(GOVERNANCE_BODIES, b).item(MEMBERS, m).field(SEAT_RULE_ID));
      }
    }
    // schema 1.1 (issue 17): the body an official's office belongs to
    for (int o = 0; o < plan.officials().size(); o++) {
      bodies.check(plan.officials().get(o).governanceBodyId(), Pointer.root().item(PlanFields.OFFICIALS, o).field(GOVERNANCE_BODY_ID));
    }
  }
}
