package it.pianodizona.rules.budget;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.Budget;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.budget.DeclaredTotal;
import it.pianodizona.model.common.Money;
import it.pianodizona.rules.spi.PlanFact;
import java.time.Year;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cifre del budget: the sums the budget rules compare, computed once per validation in one pass
 * over the lines: per year, per objective and year, and the declared totals and social spending
 * by year. A blank amount is unknown, not zero: a sum with a blank addend is unknown too, so
 * the sums of a year (or objective and year) that has a line without amount are absent, and
 * the rules that compare them do not call a total wrong; {@code BUDGET_TOTAL_UNVERIFIABLE}
 * says that they could not be checked.
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
  private final Set<Year> yearsWithBlank = new HashSet<>();
  private final Set<ObjectiveYear> objectiveYearsWithBlank = new HashSet<>();
  private final Set<Year> actualsYearsWithBlank = new HashSet<>();

  private BudgetFigures(ZonePlan plan) {
    Budget budget = plan.budget();
    for (BudgetLine line : budget.lines()) {
      if (line.amount().isEmpty()) {
        yearsWithBlank.add(line.year());
        line.objectiveId().ifPresent(o -> objectiveYearsWithBlank.add(new ObjectiveYear(o, line.year())));
      }
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
      a.lines().stream().filter(l -> l.amount().isEmpty()).forEach(l -> actualsYearsWithBlank.add(l.year()));
      actualsYearsWithBlank.forEach(sums::remove);
      a.declaredTotals().stream().filter(t -> t.objectiveId().isEmpty())
          .forEach(t -> actuals.putIfAbsent(t.year(), t.amount()));
      sums.forEach(actuals::putIfAbsent);
    });
  }

  /** The sum of the lines of a year; empty if no line of that year has an amount or one has none. */
  Optional<Money> lines(Year year) {
    return yearsWithBlank.contains(year) ? Optional.empty() : Optional.ofNullable(linesByYear.get(year));
  }

  /** The sum of an objective's lines in a year; empty if it has none with an amount or one without. */
  Optional<Money> lines(String objectiveId, Year year) {
    ObjectiveYear key = new ObjectiveYear(objectiveId, year);
    return objectiveYearsWithBlank.contains(key) ? Optional.empty() : Optional.ofNullable(linesByObjectiveYear.get(key));
  }

  /** Whether a budget line of this year has no amount, so that the year's sum is unknown. */
  boolean hasBlank(Year year) {
    return yearsWithBlank.contains(year);
  }

  /** Whether a budget line of this objective and year has no amount. */
  boolean hasBlank(String objectiveId, Year year) {
    return objectiveYearsWithBlank.contains(new ObjectiveYear(objectiveId, year));
  }

  /** Whether a line of the past actuals of this year has no amount. */
  boolean actualsHaveBlank(Year year) {
    return actualsYearsWithBlank.contains(year);
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
