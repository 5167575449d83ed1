package it.pianodizona.rules.budget;

import static it.pianodizona.rules.spi.PlanFields.INDICATORS;
import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;
import static it.pianodizona.rules.spi.PlanFields.TARGET;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.objective.BudgetFormula;
import it.pianodizona.model.objective.Indicator;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.model.objective.TargetRange;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * A target stated on budget figures is met by the plan's own budget: "fino al 45-50% della
 * spesa sociale complessiva" is checked against the budget over the district social spending of
 * each year the formula names (every plan year if it names none). Years whose figures are not in
 * the plan are not judged.
 */
final class BudgetTargetNotMet extends AbstractRule {

  BudgetTargetNotMet() {
    super("BUDGET_TARGET_NOT_MET", RuleFamily.BUDGET, Severity.WARNING,
        Citations.PLAN_DOCUMENT + "; " + Citations.L328_ART19_C1_B);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    BudgetFigures figures = context.fact(BudgetFigures.FACT);
    for (int o = 0; o < plan.objectives().size(); o++) {
      Objective objective = plan.objectives().get(o);
      List<Indicator> indicators = objective.indicators();
      for (int i = 0; i < indicators.size(); i++) {
        Indicator indicator = indicators.get(i);
        if (indicator.formula().isEmpty() || indicator.target().isEmpty()) {
          continue;
        }
        BudgetFormula formula = indicator.formula().get();
        TargetRange target = indicator.target().get();
        List<Year> years = formula.year().map(List::of).orElse(plan.period().years());
        for (Year year : years) {
          Optional<BigDecimal> value = value(formula, year, figures);
          if (value.isPresent() && !meets(target, value.get())) {
            context.finding(Pointer.root().item(OBJECTIVES, o).item(INDICATORS, i).field(TARGET))
                .with("objective", objective.code())
                .with("year", year)
                .with("actual", value.get().setScale(2, RoundingMode.HALF_UP))
                .withOptional("min", target.min())
                .withOptional("max", target.max())
                .withOptional("statedAs", target.statedAs())
                .with("base", formula.base())
                .variant(target.kind().name())
                .report();
          }
        }
      }
    }
  }

  private static Optional<BigDecimal> value(BudgetFormula formula, Year year, BudgetFigures figures) {
    Optional<Money> numerator = formula.numeratorObjectiveId().isPresent()
        ? figures.lines(formula.numeratorObjectiveId().get(), year)
        : figures.lines(year).or(() -> figures.total(year));
    Optional<Money> denominator;
    switch (formula.base()) {
      case DISTRICT_SOCIAL_SPENDING:
        denominator = figures.socialSpending(year);
        break;
      case PREVIOUS_YEAR_ACTUALS:
        denominator = figures.actuals(year.minusYears(1));
        break;
      case BUDGET_TOTAL:
      default:
        denominator = figures.total(year);
        break;
    }
    if (numerator.isEmpty() || denominator.isEmpty() || denominator.get().amount().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(Amounts.percentage(numerator.get(), denominator.get(), 4));
  }

  private static boolean meets(TargetRange target, BigDecimal value) {
    switch (target.kind()) {
      case AT_LEAST:
        return value.compareTo(target.min().orElseThrow()) >= 0;
      case AT_MOST:
        return value.compareTo(target.max().orElseThrow()) <= 0;
      case BETWEEN:
        return value.compareTo(target.min().orElseThrow()) >= 0 && value.compareTo(target.max().orElseThrow()) <= 0;
      case EXACTLY:
        BigDecimal exact = target.min().orElseThrow();
        return value.setScale(Math.max(exact.scale(), 0), RoundingMode.HALF_UP).compareTo(exact) == 0;
      default:
        return true;
    }
  }
}
