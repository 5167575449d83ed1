package it.pianodizona.rules.integrity;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.governance.SeatRule;
import it.pianodizona.rules.AbstractRule;
import it.pianodizona.rules.Citations;
import it.pianodizona.rules.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import java.util.Set;
import java.util.stream.Collectors;

/** A meeting's governance body is one of the plan's, and a member's seat rule is one of its body's. */
final class UnknownGovernanceReference extends AbstractRule {

  UnknownGovernanceReference() {
    super("UNKNOWN_GOVERNANCE_REFERENCE", RuleFamily.INTEGRITY, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    References bodies = new References(context, plan.governanceBodiesById().keySet(), "body");
    for (int m = 0; m < plan.participation().meetings().size(); m++) {
      bodies.check(plan.participation().meetings().get(m).governanceBodyId(),
          "participation", "meetings", m, "governanceBodyId");
    }
    for (int b = 0; b < plan.governanceBodies().size(); b++) {
      GovernanceBody body = plan.governanceBodies().get(b);
      Set<String> rules = body.seatRules().stream().map(SeatRule::id).collect(Collectors.toSet());
      References seats = new References(context, rules, "seatRule");
      for (int m = 0; m < body.members().size(); m++) {
        seats.check(body.members().get(m).seatRuleId(), "governanceBodies", b, "members", m, "seatRuleId");
      }
    }
  }
}
