package it.pianodizona.rules.deadlines;

import static it.pianodizona.rules.spi.PlanFields.AGREEMENT;
import static it.pianodizona.rules.spi.PlanFields.VALIDITY;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;

/** The agreement that adopts the plan is in force for the whole plan period (L. 328/2000 art. 19 c.2). */
final class AgreementValidityMismatch extends AbstractRule {

  AgreementValidityMismatch() {
    super("AGREEMENT_VALIDITY_MISMATCH", RuleFamily.DEADLINES, Severity.WARNING, Citations.L328_ART19_C2);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    plan.agreement().flatMap(a -> a.validity()).ifPresent(validity -> {
      PlanPeriod period = plan.period();
      if (validity.start().isAfter(period.start()) || validity.end().isBefore(period.end())) {
        context.finding(Pointer.root().field(AGREEMENT).field(VALIDITY))
            .with("validity", validity)
            .with("period", period)
            .report();
      }
    });
  }
}
