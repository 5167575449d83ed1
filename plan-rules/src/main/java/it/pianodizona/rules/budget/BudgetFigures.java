package it.pianodizona.rules.budget;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.Budget;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.budget.DeclaredTotal;
import it.pianodizona.model.common.Money;
import it.pianodizona.rules.spi.PlanFact;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Cifre del budget: the sums the budget rules compare, computed once per validation in one pass
 * over the lines: per year, per objective and year, and the declared totals and social spending
 * by year. A line with a blank amount counts towards nothing.
 */
final class BudgetFigures {

  /** The figures of the plan being validated, shared by the budget rules. */
  static final PlanFact<BudgetFigures> FACT = PlanFact.of("budget figures", BudgetFigures::new);

  /** The lines of one objective in one year. */
  private record ObjectiveYear(String objectiveId, Year year) {}

  private final Map<Year, Money> linesByYear = new HashMap<>();
  private final Map<ObjectiveYear, Money> linesByObjectiveYear = new HashMap<>();
  private final Map<Year, Money> declaredTotals = new HashMap<>();
  private final Map<Year, Money> socialSpending = new HashMap<>();
  private final Map<Year, Money> actuals = new HashMap<>();

  private BudgetFigures(ZonePlan plan) {
    Budget budget = plan.budget();
    for (BudgetLine line : budget.lines()) {
      line.amount().ifPresent(amount -> {
        linesByYear.merge(line.year(), amount, Money::plus);
        line.objectiveId().ifPresent(o -> linesByObjectiveYear.merge(new ObjectiveYear(o, line.year()), amount, Money::plus));
      });
    }
    for (DeclaredTotal total : budget.declaredTotals()) {
      if (total.objectiveId().isEmpty()) {
        declaredTotals.putIfAbsent(total.year(), total.amount());
      }
    }
    budget.districtSocialSpending().forEach(s -> socialSpending.putIfAbsent(s.year(), s.amount()));
    budget.actuals().ifPresent(a -> {
      Map<Year, Money> sums = new HashMap<>();
      a.lines().forEach(l -> l.amount().ifPresent(m -> sums.merge(l.year(), m, Money::plus)));
      a.declaredTotals().stream().filter(t -> t.objectiveId().isEmpty())
          .forEach(t -> actuals.putIfAbsent(t.year(), t.amount()));
      sums.forEach(actuals::putIfAbsent);
    });
  }

  /** The sum of the lines of a year; empty if no line of that year has an amount. */
  Optional<Money> lines(Year year) {
    return Optional.ofNullable(linesByYear.get(year));
  }

  /** The sum of an objective's lines in a year; empty if it has none with an amount. */
  Optional<Money> lines(String objectiveId, Year year) {
    return Optional.ofNullable(linesByObjectiveYear.get(new ObjectiveYear(objectiveId, year)));
  }

  /** The total of a year as the document prints it, else the sum of its lines. */
  Optional<Money> total(Year year) {
    return Optional.ofNullable(declaredTotals.get(year)).or(() -> lines(year));
  }

  Optional<Money> socialSpending(Year year) {
    return Optional.ofNullable(socialSpending.get(year));
  }

  /** The actuals of a past year: the printed total, else the sum of its lines. */
  Optional<Money> actuals(Year year) {
    return Optional.ofNullable(actuals.get(year));
  }
}
