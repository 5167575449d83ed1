package it.pianodizona.rules;

import static it.pianodizona.testkit.assertions.ReportAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.ImmutableBudgetFormula;
import it.pianodizona.model.objective.ImmutableIndicator;
import it.pianodizona.model.objective.TargetKind;
import it.pianodizona.model.objective.TargetRange;
import it.pianodizona.model.territory.Region;
import it.pianodizona.testkit.mutators.PlanEdits;
import it.pianodizona.testkit.mutators.RuleTesting;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * BUDGET_TARGET_NOT_MET for the kinds of target the generated plans do not state ("fino al 50%",
 * "pari al 48%"): the generated share indicator of the first objective ("quota di spesa sociale
 * gestita a livello distrettuale", judged on the district social spending) is restated, for the
 * plan's first year only, with each kind of target around the share the plan's budget gives.
 */
class BudgetTargetKindsTest {

  private static final ZonePlan PLAN = PlanGenerator.generate(15, new PlanShape(Region.LOMBARDIA, 1, 1, 1, 1));
  private static final Year FIRST = Year.of(PLAN.period().start().getYear());
  private static final String RULE = "BUDGET_TARGET_NOT_MET";

  private static ZonePlan targeting(TargetRange target) {
    return PlanEdits.objective(PLAN, 0, o -> o.withIndicators(o.indicators().stream()
        .map(i -> i.formula().isEmpty() ? i : ImmutableIndicator.copyOf(i).withTarget(target)
            .withFormula(ImmutableBudgetFormula.copyOf(i.formula().get()).withYear(FIRST)))
        .collect(ImmutableList.toImmutableList())));
  }

  private static ValidationReport validate(TargetRange target) {
    return RuleTesting.validate(targeting(target), PLAN.period().end(), Locale.ENGLISH);
  }

  /** The first year's share, as the finding of an unreachable target states it (two decimals). */
  private static BigDecimal share() {
    var report = validate(TargetRange.builder().kind(TargetKind.AT_LEAST).min(new BigDecimal("101")).build());
    return (BigDecimal) report.findings().stream().filter(f -> f.ruleId().equals(RULE)).findFirst().orElseThrow()
        .value("actual").orElseThrow();
  }

  @Test
  void anAtMostTargetIsMetUpToItsMaximumAndMissedAboveIt() {
    assertThat(validate(TargetRange.builder().kind(TargetKind.AT_MOST).max(new BigDecimal("100")).build()))
        .hasNoFinding(RULE);
    assertThat(validate(TargetRange.builder().kind(TargetKind.AT_MOST).max(BigDecimal.ZERO).build()))
        .hasFinding(RULE).withValue("year", FIRST.getValue()).withMessageContaining("above the target of at most 0%.");
  }

  @Test
  void anExactTargetIsMetByTheShareRoundedToTheTargetsDecimals() {
    BigDecimal whole = share().setScale(0, RoundingMode.HALF_UP);
    assertThat(share().scale()).isEqualTo(2);
    assertThat(validate(TargetRange.builder().kind(TargetKind.EXACTLY).min(whole).build())).hasNoFinding(RULE);
    assertThat(validate(TargetRange.builder().kind(TargetKind.EXACTLY).min(whole.add(BigDecimal.ONE)).build()))
        .hasFinding(RULE).withMessageContaining("not the target of " + whole.add(BigDecimal.ONE) + "%.");
  }

  @Test
  void anAchievedTargetIsNoFigureToMeet() {
    assertThat(validate(TargetRange.builder().kind(TargetKind.ACHIEVED).build())).hasNoFinding(RULE);
  }
}
