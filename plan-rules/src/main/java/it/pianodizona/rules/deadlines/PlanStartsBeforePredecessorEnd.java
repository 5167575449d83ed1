package it.pianodizona.rules.deadlines;

import static it.pianodizona.rules.spi.PlanFields.PERIOD;
import static it.pianodizona.rules.spi.PlanFields.START;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;

/** A plan starts after the plan it follows has ended: two plans do not cover the same day. */
final class PlanStartsBeforePredecessorEnd extends AbstractRule {

  PlanStartsBeforePredecessorEnd() {
    super("PLAN_STARTS_BEFORE_PREDECESSOR_END", RuleFamily.DEADLINES, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    plan.predecessor().ifPresent(predecessor -> predecessor.period().ifPresent(previous -> {
      PlanPeriod period = plan.period();
      if (!period.start().isAfter(previous.end())) {
        context.finding(Pointer.root().field(PERIOD).field(START))
            .with("start", period.start())
            .with("predecessor", predecessor.title())
            .with("predecessorEnd", previous.end())
            .report();
      }
    }));
  }
}
