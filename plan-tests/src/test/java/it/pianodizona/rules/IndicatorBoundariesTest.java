package it.pianodizona.rules;

import static it.pianodizona.testkit.assertions.ReportAssert.assertThat;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.objective.ImmutableIndicator;
import it.pianodizona.model.objective.Indicator;
import it.pianodizona.model.objective.IndicatorUnit;
import it.pianodizona.model.objective.Measurement;
import it.pianodizona.model.objective.TargetKind;
import it.pianodizona.model.objective.TargetRange;
import it.pianodizona.model.territory.Region;
import it.pianodizona.testkit.mutators.PlanEdits;
import it.pianodizona.testkit.mutators.RuleTesting;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The indicator rules at the edges of what a unit admits: 0 and 100 are percentages and 100.01 is
 * not, a count is a whole number, a yes/no is 0 or 1, and a bound is negative from -0.01. One
 * indicator of a generated plan is replaced for each case.
 */
class IndicatorBoundariesTest {

  private static final ZonePlan PLAN = PlanGenerator.generate(15, new PlanShape(Region.LOMBARDIA, 1, 1, 1, 1));
  private static final int OBJECTIVE = IntStream.range(0, PLAN.objectives().size())
      .filter(o -> !PLAN.objectives().get(o).indicators().isEmpty()).findFirst().orElseThrow();
  private static final String AT = "/objectives/" + OBJECTIVE + "/indicators/0";

  private static ValidationReport validate(Indicator indicator) {
    ZonePlan plan = PlanEdits.indicator(PLAN, OBJECTIVE, 0, i -> indicator);
    return RuleTesting.validate(plan, plan.period().end(), Locale.ENGLISH);
  }

  private static ImmutableIndicator indicator(IndicatorUnit unit) {
    return ImmutableIndicator.copyOf(PLAN.objectives().get(OBJECTIVE).indicators().get(0)).withUnit(unit)
        .withTarget(java.util.Optional.empty()).withBaseline(java.util.Optional.empty()).withMeasurements(ImmutableList.of());
  }

  private static ValidationReport measured(IndicatorUnit unit, String value) {
    Measurement measurement = Measurement.builder().date(PartialDate.of(PLAN.period().start())).value(new BigDecimal(value)).build();
    return validate(indicator(unit).withMeasurements(measurement));
  }

  private static ValidationReport target(IndicatorUnit unit, TargetRange target) {
    return validate(indicator(unit).withTarget(target));
  }

  private static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  @Test
  void aMeasuredPercentageRunsFromZeroToAHundred() {
    assertThat(measured(IndicatorUnit.PERCENTAGE, "0")).hasNoFinding("MEASUREMENT_VALUE_INCONSISTENT");
    assertThat(measured(IndicatorUnit.PERCENTAGE, "100.00")).hasNoFinding("MEASUREMENT_VALUE_INCONSISTENT");
    assertThat(measured(IndicatorUnit.PERCENTAGE, "100.01")).hasFinding("MEASUREMENT_VALUE_INCONSISTENT")
        .at(AT + "/measurements/0/value").withValue("actual", n("100.01"));
    assertThat(measured(IndicatorUnit.PERCENTAGE, "-0.01")).hasFinding("MEASUREMENT_VALUE_INCONSISTENT")
        .at(AT + "/measurements/0/value");
  }

  @Test
  void aMeasuredCountIsAWholeNumberFromZero() {
    assertThat(measured(IndicatorUnit.COUNT, "0")).hasNoFinding("MEASUREMENT_VALUE_INCONSISTENT");
    assertThat(measured(IndicatorUnit.COUNT, "12.00")).hasNoFinding("MEASUREMENT_VALUE_INCONSISTENT");
    assertThat(measured(IndicatorUnit.COUNT, "12.5")).hasFinding("MEASUREMENT_VALUE_INCONSISTENT")
        .withValue("actual", n("12.5"));
    assertThat(measured(IndicatorUnit.COUNT, "-1")).hasFinding("MEASUREMENT_VALUE_INCONSISTENT");
  }

  @Test
  void aMeasuredYesOrNoIsZeroOrOne() {
    assertThat(measured(IndicatorUnit.YES_NO, "0")).hasNoFinding("MEASUREMENT_VALUE_INCONSISTENT");
    assertThat(measured(IndicatorUnit.YES_NO, "1.0")).hasNoFinding("MEASUREMENT_VALUE_INCONSISTENT");
    assertThat(measured(IndicatorUnit.DOCUMENT, "1")).hasNoFinding("MEASUREMENT_VALUE_INCONSISTENT");
    assertThat(measured(IndicatorUnit.YES_NO, "2")).hasFinding("MEASUREMENT_VALUE_INCONSISTENT");
    assertThat(measured(IndicatorUnit.DOCUMENT, "0.5")).hasFinding("MEASUREMENT_VALUE_INCONSISTENT");
  }

  @Test
  void aMeasuredAmountOrRatioIsAnyNumberFromZero() {
    assertThat(measured(IndicatorUnit.EURO, "0")).hasNoFinding("MEASUREMENT_VALUE_INCONSISTENT");
    assertThat(measured(IndicatorUnit.RATIO, "1.75")).hasNoFinding("MEASUREMENT_VALUE_INCONSISTENT");
    assertThat(measured(IndicatorUnit.EURO, "-0.01")).hasFinding("MEASUREMENT_VALUE_INCONSISTENT")
        .withValue("actual", n("-0.01"));
  }

  @Test
  void aPercentageTargetOrBaselineRunsFromZeroToAHundred() {
    TargetRange full = TargetRange.builder().kind(TargetKind.BETWEEN).min(n("0")).max(n("100")).build();
    assertThat(target(IndicatorUnit.PERCENTAGE, full)).hasNoFinding("TARGET_PERCENTAGE_OUT_OF_RANGE");
    TargetRange over = TargetRange.builder().kind(TargetKind.AT_LEAST).min(n("100.5")).build();
    assertThat(target(IndicatorUnit.PERCENTAGE, over)).hasFinding("TARGET_PERCENTAGE_OUT_OF_RANGE")
        .at(AT + "/target").withValue("actual", n("100.5"));
    TargetRange under = TargetRange.builder().kind(TargetKind.AT_MOST).max(n("-1")).build();
    assertThat(target(IndicatorUnit.PERCENTAGE, under)).hasFinding("TARGET_PERCENTAGE_OUT_OF_RANGE")
        .withValue("actual", n("-1"));
    for (String inRange : new String[] {"0", "100"}) {
      assertThat(validate(indicator(IndicatorUnit.PERCENTAGE).withBaseline(n(inRange))))
          .hasNoFinding("BASELINE_PERCENTAGE_OUT_OF_RANGE");
    }
    for (String outOfRange : new String[] {"-0.5", "100.5"}) {
      assertThat(validate(indicator(IndicatorUnit.PERCENTAGE).withBaseline(n(outOfRange))))
          .hasFinding("BASELINE_PERCENTAGE_OUT_OF_RANGE").at(AT + "/baseline").withValue("actual", n(outOfRange));
    }
  }

  @Test
  void anyBoundOfATargetBelowZeroIsNegativeAndZeroIsNot() {
    TargetRange zero = TargetRange.builder().kind(TargetKind.AT_MOST).max(n("0")).build();
    assertThat(target(IndicatorUnit.COUNT, zero)).hasNoFinding("TARGET_NEGATIVE_BOUND");
    TargetRange max = TargetRange.builder().kind(TargetKind.AT_MOST).max(n("-2")).build();
    assertThat(target(IndicatorUnit.COUNT, max)).hasFinding("TARGET_NEGATIVE_BOUND").at(AT + "/target")
        .withValue("actual", n("-2"));
    TargetRange outOf = TargetRange.kOfN(n("0"), n("-3"));
    assertThat(target(IndicatorUnit.COUNT, outOf)).hasFinding("TARGET_NEGATIVE_BOUND").withValue("actual", n("-3"));
  }

  @Test
  void kOfNWithKEqualToNIsAllOfThem() {
    assertThat(target(IndicatorUnit.COUNT, TargetRange.kOfN(n("8"), n("8")))).hasNoFinding("TARGET_K_EXCEEDS_N");
    assertThat(target(IndicatorUnit.COUNT, TargetRange.kOfN(n("9"), n("8")))).hasFinding("TARGET_K_EXCEEDS_N")
        .at(AT + "/target").withValue("k", n("9")).withValue("n", n("8"));
  }

  @Test
  void aTargetThatStartsBeforeThePlanPeriodIsOutsideIt() {
    TargetRange early = TargetRange.builder().kind(TargetKind.AT_LEAST).min(n("1"))
        .startingFrom(PartialDate.of(PLAN.period().start().minusYears(1))).build();
    assertThat(target(IndicatorUnit.COUNT, early)).hasFinding("TARGET_DATE_OUTSIDE_PLAN_PERIOD")
        .at(AT + "/target/startingFrom");
  }
}
