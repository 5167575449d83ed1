package it.pianodizona.rules.integrity;

import static it.pianodizona.rules.spi.PlanFields.ADOPTS_PLAN_ID;
import static it.pianodizona.rules.spi.PlanFields.AGREEMENT;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;

/** The agreement recorded with a plan adopts that plan (L. 328/2000 art. 19 c.2). */
final class AgreementAdoptsOtherPlan extends AbstractRule {

  AgreementAdoptsOtherPlan() {
    super("AGREEMENT_ADOPTS_OTHER_PLAN", RuleFamily.INTEGRITY, Severity.ERROR, Citations.L328_ART19_C2);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    plan.agreement().filter(a -> !a.adoptsPlanId().equals(plan.id())).ifPresent(agreement ->
        context.finding(Pointer.root().field(AGREEMENT).field(ADOPTS_PLAN_ID))
            .with("expected", plan.id())
            .with("actual", agreement.adoptsPlanId())
            .report());
  }
}
