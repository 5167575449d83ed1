package it.pianodizona.rules.budget;

import static it.pianodizona.rules.spi.PlanFields.ACTUALS;
import static it.pianodizona.rules.spi.PlanFields.BUDGET;
import static it.pianodizona.rules.spi.PlanFields.DECLARED_TOTALS;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.DeclaredTotal;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * Totale non verificabile: a printed total whose lines include one without amount cannot be
 * called right or wrong, since a blank cell is unknown, not zero. The summing rules
 * ({@code BUDGET_TOTAL_MISMATCH}, {@code BUDGET_OBJECTIVE_TOTAL_MISMATCH},
 * {@code ACTUALS_TOTAL_MISMATCH}) stay silent on such a total and this rule says so, as an
 * INFO: a separate rule rather than a variant of theirs, because a finding's severity is its
 * rule's and an ERROR must not be raised on an unknown.
 */
final class BudgetTotalUnverifiable extends AbstractRule {

  BudgetTotalUnverifiable() {
    super("BUDGET_TOTAL_UNVERIFIABLE", RuleFamily.BUDGET, Severity.INFO, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    BudgetFigures figures = context.fact(BudgetFigures.FACT);
    List<DeclaredTotal> totals = plan.budget().declaredTotals();
    for (int i = 0; i < totals.size(); i++) {
      DeclaredTotal total = totals.get(i);
      Pointer path = Pointer.root().field(BUDGET).item(DECLARED_TOTALS, i);
      if (total.objectiveId().isEmpty() && figures.hasBlank(total.year())) {
        context.finding(path).with("year", total.year()).with("expected", total.amount()).report();
      } else if (total.objectiveId().isPresent() && figures.hasBlank(total.objectiveId().get(), total.year())) {
        context.finding(path).with("year", total.year()).with("expected", total.amount())
            .with("objective", Optional.ofNullable(plan.objectivesById().get(total.objectiveId().get()))
                .map(Objective::code).orElse(total.objectiveId().get()))
            .variant("objective").report();
      }
    }
    plan.budget().actuals().ifPresent(actuals -> {
      for (int i = 0; i < actuals.declaredTotals().size(); i++) {
        DeclaredTotal total = actuals.declaredTotals().get(i);
        if (total.objectiveId().isEmpty() && figures.actualsHaveBlank(total.year())) {
          context.finding(Pointer.root().field(BUDGET).field(ACTUALS).item(DECLARED_TOTALS, i))
              .with("year", total.year()).with("expected", total.amount()).variant("actuals").report();
        }
      }
    });
  }
}
