package it.pianodizona.testkit.mutators;

import static it.pianodizona.rules.spi.PlanFields.INDICATORS;
import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;
import static it.pianodizona.testkit.mutators.PlanEdits.append;
import static it.pianodizona.testkit.mutators.PlanEdits.choose;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.objective.BudgetFormula;
import it.pianodizona.model.objective.ImmutableBudgetFormula;
import it.pianodizona.model.objective.ImmutableIndicator;
import it.pianodizona.model.objective.Indicator;
import it.pianodizona.model.objective.IndicatorUnit;
import it.pianodizona.model.objective.Measurement;
import it.pianodizona.model.objective.TargetKind;
import it.pianodizona.model.objective.TargetRange;
import it.pianodizona.rules.spi.Pointer;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/** Mutatori degli indicatori: one mutator per rule of the indicators family. */
public final class IndicatorMutators {

  private IndicatorMutators() {}

  /** The mutators of this family, one per rule. */
  public static ImmutableList<Mutator> all() {
    return ImmutableList.of(
        Mutator.of("OBJECTIVE_WITHOUT_INDICATOR", IndicatorMutators::objectiveWithoutIndicator),
        onCount("INDICATOR_WITHOUT_TARGET", "", i -> i.withTarget(Optional.empty())),
        onCount("TARGET_MIN_ABOVE_MAX", "target", i -> i.withTarget(TargetRange.between(BigDecimal.TEN, BigDecimal.valueOf(5)))),
        onCount("TARGET_PERCENTAGE_OUT_OF_RANGE", "target",
            i -> i.withUnit(IndicatorUnit.PERCENTAGE).withTarget(TargetRange.atLeast(BigDecimal.valueOf(150)))),
        onCount("TARGET_K_EXCEEDS_N", "target", i -> i.withTarget(TargetRange.kOfN(BigDecimal.valueOf(5), BigDecimal.valueOf(3)))),
        onCount("TARGET_NEGATIVE_BOUND", "target", i -> i.withTarget(TargetRange.atLeast(BigDecimal.valueOf(-1)))),
        onCount("TARGET_UNIT_MISMATCH", "target/kind", i -> i.withTarget(TargetRange.builder().kind(TargetKind.ACHIEVED).build())),
        Mutator.of("TARGET_DATE_OUTSIDE_PLAN_PERIOD", IndicatorMutators::targetDateOutside),
        onFormula("BUDGET_FORMULA_UNIT_MISMATCH", "unit", (plan, i) -> i.withUnit(IndicatorUnit.EURO)),
        onFormula("FORMULA_YEAR_OUTSIDE_PLAN_PERIOD", "formula/year", (plan, i) -> i.withFormula(
            ImmutableBudgetFormula.copyOf(i.formula().orElseThrow()).withYear(Year.of(plan.period().end().getYear() + 1)))),
        Mutator.of("MEASUREMENT_OUTSIDE_PLAN_PERIOD", (plan, pick) -> measure(plan, pick,
            PartialDate.of(Year.of(plan.period().end().getYear() + 1)), BigDecimal.valueOf(3),
            "MEASUREMENT_OUTSIDE_PLAN_PERIOD", "date")),
        Mutator.of("MEASUREMENT_VALUE_INCONSISTENT", (plan, pick) -> measure(plan, pick,
            PartialDate.of(YearMonth.from(plan.period().start())), BigDecimal.valueOf(-2),
            "MEASUREMENT_VALUE_INCONSISTENT", "value")));
  }

  /** Where a well-formed count indicator is: objective index and indicator index. */
  private static List<int[]> indicators(ZonePlan plan, Predicate<Indicator> test) {
    List<int[]> found = new ArrayList<>();
    for (int o = 0; o < plan.objectives().size(); o++) {
      List<Indicator> indicators = plan.objectives().get(o).indicators();
      for (int i = 0; i < indicators.size(); i++) {
        if (test.test(indicators.get(i))) {
          found.add(new int[] {o, i});
        }
      }
    }
    return found;
  }

  private static boolean plainCount(Indicator indicator) {
    return indicator.unit() == IndicatorUnit.COUNT && indicator.formula().isEmpty()
        && indicator.target().filter(t -> t.kind() == TargetKind.AT_LEAST && t.deadline().isEmpty()
            && t.startingFrom().isEmpty() && t.min().orElseThrow().signum() >= 0).isPresent()
        && indicator.measurements().isEmpty();
  }

  private static Optional<int[]> chosen(List<int[]> found, int pick) {
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(choose(found.size(), pick)));
  }

  private static String path(int[] at, String tail) {
    String indicator = Pointer.root().item(OBJECTIVES, at[0]).item(INDICATORS, at[1]).toString();
    return tail.isEmpty() ? indicator : indicator + "/" + tail;
  }

  private static Mutator onCount(String ruleId, String tail,
      Function<ImmutableIndicator, Indicator> edit) {
    return Mutator.of(ruleId, (plan, pick) -> chosen(indicators(plan, IndicatorMutators::plainCount), pick)
        .flatMap(at -> Mutation.of(PlanEdits.indicator(plan, at[0], at[1], edit), ruleId, path(at, tail))));
  }

  private static Mutator onFormula(String ruleId, String tail,
      BiFunction<ZonePlan, ImmutableIndicator, Indicator> edit) {
    return Mutator.of(ruleId, (plan, pick) -> chosen(indicators(plan, i -> i.formula().isPresent()
            && i.unit() == IndicatorUnit.PERCENTAGE && i.formula().flatMap(BudgetFormula::year).isEmpty()), pick)
        .flatMap(at -> Mutation.of(PlanEdits.indicator(plan, at[0], at[1], i -> edit.apply(plan, i)), ruleId, path(at, tail))));
  }

  private static Optional<Mutation> objectiveWithoutIndicator(ZonePlan plan, int pick) {
    List<Integer> candidates = PlanEdits.indexesOf(plan.objectives(), o -> !o.indicators().isEmpty());
    return PlanEdits.choose(candidates, pick).flatMap(o -> Mutation.of(
        PlanEdits.objective(plan, o, ob -> ob.withIndicators(ImmutableList.of())),
        "OBJECTIVE_WITHOUT_INDICATOR", Pointer.root().item(OBJECTIVES, o).toString()));
  }

  private static Optional<Mutation> targetDateOutside(ZonePlan plan, int pick) {
    return chosen(indicators(plan, IndicatorMutators::plainCount), pick).flatMap(at -> Mutation.of(
        PlanEdits.indicator(plan, at[0], at[1], i -> i.withTarget(TargetRange.builder().from(i.target().orElseThrow())
            .deadline(PartialDate.of(Year.of(plan.period().end().getYear() + 1))).build())),
        "TARGET_DATE_OUTSIDE_PLAN_PERIOD", path(at, "target/deadline")));
  }

  private static Optional<Mutation> measure(ZonePlan plan, int pick, PartialDate date, BigDecimal value,
      String ruleId, String field) {
    return chosen(indicators(plan, IndicatorMutators::plainCount), pick).flatMap(at -> {
      Measurement measurement = Measurement.builder().date(date).value(value).build();
      int index = plan.objectives().get(at[0]).indicators().get(at[1]).measurements().size();
      return Mutation.of(PlanEdits.indicator(plan, at[0], at[1], i -> i.withMeasurements(append(i.measurements(), measurement))),
          ruleId, path(at, "measurements/" + index + "/" + field));
    });
  }
}
