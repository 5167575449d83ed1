package it.pianodizona.rules.governance;

import static it.pianodizona.rules.spi.PlanFields.GOVERNANCE_BODIES;
import static it.pianodizona.rules.spi.PlanFields.SEAT_RULES;

import com.google.common.collect.ImmutableListMultimap;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.governance.SeatBasis;
import it.pianodizona.model.governance.SeatRule;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.EnumSet;
import java.util.Set;

/**
 * A body has as many members on a fixed seat rule as the rule declares: one chair, "1
 * componente per la cooperazione sociale", a named role. Seats per sub-district and per
 * municipality have rules of their own.
 */
final class SeatCountMismatch extends AbstractRule {

  private static final Set<SeatBasis> FIXED = EnumSet.of(
      SeatBasis.CHAIR, SeatBasis.VICE_CHAIR, SeatBasis.NAMED_ROLE, SeatBasis.PER_ORGANISATION_KIND);

  SeatCountMismatch() {
    super("SEAT_COUNT_MISMATCH", RuleFamily.GOVERNANCE, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    for (int b = 0; b < plan.governanceBodies().size(); b++) {
      GovernanceBody body = plan.governanceBodies().get(b);
      ImmutableListMultimap<String, Integer> byRule = context.fact(Seats.MEMBERS_BY_RULE).get(b);
      if (byRule.isEmpty()) {
        continue;
      }
      for (int r = 0; r < body.seatRules().size(); r++) {
        SeatRule rule = body.seatRules().get(r);
        int filled = byRule.get(rule.id()).size();
        if (FIXED.contains(rule.basis()) && byRule.containsKey(rule.id()) && filled != rule.seats()) {
          context.finding(Pointer.root().item(GOVERNANCE_BODIES, b).item(SEAT_RULES, r))
              .with("body", body.name())
              .with("rule", rule.statedAs())
              .with("expected", rule.seats())
              .with("actual", filled)
              .report();
        }
      }
    }
  }
}
