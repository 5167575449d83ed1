package it.pianodizona.rules;

import static it.pianodizona.testkit.assertions.ReportAssert.assertThat;

import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.ImmutableBudget;
import it.pianodizona.model.budget.PeriodAmount;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.standard.StandardRules;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * PERIOD_TOTAL_MISMATCH when a budget gives no yearly lines, only lines for spans of the period
 * ("risorse 2018-2020"): a line for the whole span covers the total, lines for part of it do not.
 * The amounts are illustrative.
 */
class PeriodTotalsTest {

  private static final ZonePlan PLAN = PlanGenerator.generate(15, new PlanShape(Region.LOMBARDIA, 1, 1, 1, 1));
  private static final PlanPeriod SPAN = PLAN.period();

  private static ValidationReport validate(PeriodAmount line) {
    PeriodAmount total = PeriodAmount.builder().period(SPAN).amount(Money.of("1500.00")).build();
    ZonePlan plan = ImmutableZonePlan.copyOf(PLAN).withBudget(ImmutableBudget.copyOf(PLAN.budget())
        .withLines().withDeclaredTotals().withPeriodLines(line).withPeriodTotals(total));
    return StandardRules.validator().validate(plan);
  }

  @Test
  void aLineForTheWholeSpanIsComparedWithTheSpansTotal() {
    assertThat(validate(PeriodAmount.builder().period(SPAN).amount(Money.of("1000.00")).build()))
        .hasFinding("PERIOD_TOTAL_MISMATCH").at("/budget/periodTotals/0/amount")
        .withValue("expected", new BigDecimal("1500.00")).withValue("actual", new BigDecimal("1000.00"));
  }

  @Test
  void aLineForPartOfTheSpanDoesNotCoverItsTotal() {
    PlanPeriod firstYear = PlanPeriod.of(SPAN.start(), SPAN.start().withDayOfYear(1).plusYears(1).minusDays(1));
    assertThat(validate(PeriodAmount.builder().period(firstYear).amount(Money.of("1000.00")).build()))
        .hasNoFinding("PERIOD_TOTAL_MISMATCH");
  }
}
