package it.pianodizona.rules.governance;

import static it.pianodizona.rules.spi.PlanFields.GOVERNANCE_BODIES;
import static it.pianodizona.rules.spi.PlanFields.SEATS;
import static it.pianodizona.rules.spi.PlanFields.SEAT_RULES;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.governance.SeatRule;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;

/**
 * Regola di composizione senza posti: a seat rule that gives no seat ("0 rappresentanti") is not
 * a rule of composition: the number was lost in transcription or the rule should not be there.
 */
final class SeatRuleWithoutSeats extends AbstractRule {

  SeatRuleWithoutSeats() {
    super("SEAT_RULE_WITHOUT_SEATS", RuleFamily.GOVERNANCE, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    for (int b = 0; b < plan.governanceBodies().size(); b++) {
      GovernanceBody body = plan.governanceBodies().get(b);
      for (int r = 0; r < body.seatRules().size(); r++) {
        SeatRule rule = body.seatRules().get(r);
        if (rule.seats() == 0) {
          context.finding(Pointer.root().item(GOVERNANCE_BODIES, b).item(SEAT_RULES, r).field(SEATS))
              .with("body", body.name()).with("rule", rule.statedAs()).report();
        }
      }
    }
  }
}
