package it.pianodizona.rules.deadlines;

import static it.pianodizona.rules.spi.PlanFields.PERIOD;
import static it.pianodizona.rules.spi.PlanFields.PREDECESSOR;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;

/**
 * Anni scoperti tra i piani: whole calendar years between the end of the predecessor's period and
 * the start of this plan belong to neither plan as stated. Zone plans follow one another (L.
 * 328/2000 art. 19; the regional cycles), so either the predecessor was extended (a proroga the
 * document does not record) or one of the two periods is mistyped. An INFO: extensions are
 * common, and the fix is to state them. A gap of months inside one year is not reported: plans
 * approved in the spring of their first year (Lombardia 2015) follow a predecessor ended the
 * December before.
 */
final class PredecessorPeriodGap extends AbstractRule {

  PredecessorPeriodGap() {
    super("PREDECESSOR_PERIOD_GAP", RuleFamily.DEADLINES, Severity.INFO,
        Citations.L328_ART19_C1 + "; " + Citations.LOMBARDIA_LR3_2008_ART18_C5 + "; " + Citations.PUGLIA_V_PIANO);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    plan.predecessor().ifPresent(predecessor -> predecessor.period().ifPresent(previous -> {
      int firstUncovered = previous.end().getYear() + 1;
      int lastUncovered = plan.period().start().getYear() - 1;
      if (firstUncovered <= lastUncovered) {
        context.finding(Pointer.root().field(PREDECESSOR).field(PERIOD))
            .with("predecessor", predecessor.title())
            .with("predecessorEnd", previous.end())
            .with("start", plan.period().start())
            .with("years", firstUncovered == lastUncovered
                ? String.valueOf(firstUncovered) : firstUncovered + "-" + lastUncovered)
            .report();
      }
    }));
  }
}
