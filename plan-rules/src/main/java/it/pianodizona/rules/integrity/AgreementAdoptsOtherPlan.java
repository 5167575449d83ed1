package it.pianodizona.rules.integrity;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.AbstractRule;
import it.pianodizona.rules.Citations;
import it.pianodizona.rules.JsonPointers;
import it.pianodizona.rules.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;

/** The agreement recorded with a plan adopts that plan (L. 328/2000 art. 19 c.2). */
final class AgreementAdoptsOtherPlan extends AbstractRule {

  AgreementAdoptsOtherPlan() {
    super("AGREEMENT_ADOPTS_OTHER_PLAN", RuleFamily.INTEGRITY, Severity.ERROR, Citations.L328_ART19_C2);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    plan.agreement().filter(a -> !a.adoptsPlanId().equals(plan.id())).ifPresent(agreement ->
        context.finding(JsonPointers.of("agreement", "adoptsPlanId"))
            .with("expected", plan.id())
            .with("actual", agreement.adoptsPlanId())
            .report());
  }
}
