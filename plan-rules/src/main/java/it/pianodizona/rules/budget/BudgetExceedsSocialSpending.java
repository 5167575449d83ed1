package it.pianodizona.rules.budget;

import static it.pianodizona.rules.spi.PlanFields.AMOUNT;
import static it.pianodizona.rules.spi.PlanFields.BUDGET;
import static it.pianodizona.rules.spi.PlanFields.DISTRICT_SOCIAL_SPENDING;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.DistrictSocialSpending;
import it.pianodizona.model.common.Money;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * The budget managed at district level is part of the district's social spending, so it cannot
 * exceed it.
 */
final class BudgetExceedsSocialSpending extends AbstractRule {

  BudgetExceedsSocialSpending() {
    super("BUDGET_EXCEEDS_SOCIAL_SPENDING", RuleFamily.BUDGET, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    BudgetFigures figures = context.fact(BudgetFigures.FACT);
    List<DistrictSocialSpending> spending = plan.budget().districtSocialSpending();
    for (int i = 0; i < spending.size(); i++) {
      DistrictSocialSpending year = spending.get(i);
      Optional<Money> total = figures.total(year.year());
      if (total.isPresent() && total.get().compareTo(year.amount()) > 0) {
        context.finding(Pointer.root().field(BUDGET).item(DISTRICT_SOCIAL_SPENDING, i).field(AMOUNT))
            .with("year", year.year())
            .with("spending", year.amount())
            .with("total", total.get())
            .report();
      }
    }
  }
}
