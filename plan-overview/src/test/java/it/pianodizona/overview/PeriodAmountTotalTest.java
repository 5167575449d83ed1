package it.pianodizona.overview;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.budget.ImmutableBudget;
import it.pianodizona.model.budget.PeriodAmount;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.PlanPeriod;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/**
 * Amounts for the whole period (importi per l'intero periodo) in the overview's total: the Enna
 * plan's only amount is the 2018-2019 allocation of D.D.G. 2469/2018, 350,543.15 euro; the
 * variants change that plan's budget only.
 */
class PeriodAmountTotalTest {

  private static final PlanSummariser SUMMARISER = PlanSummariser.standard(LocalDate.of(2024, 6, 30));

  private static ZonePlan enna() throws IOException {
    return PlanJson.read(Path.of("../examples/plans/enna-d22-2018-2019.json"));
  }

  private static PeriodAmount allocation(ZonePlan plan) {
    return plan.budget().periodLines().get(0);
  }

  private static PlanRow withBudget(ZonePlan plan, ImmutableBudget budget) {
    return SUMMARISER.summarise(ImmutableZonePlan.copyOf(plan).withBudget(budget), "variant");
  }

  private static BudgetLine yearly(int year, String amount) {
    return BudgetLine.builder().year(Year.of(year)).amount(Money.of(amount)).build();
  }

  @Test
  void aPeriodAmountWithNoYearlyLineIsTheTotalAndEveryYearStaysUnknown() throws IOException {
    PlanRow row = SUMMARISER.summarise(enna(), "enna");
    assertThat(row.budgetTotal()).contains(Money.of("350543.15"));
    assertThat(row.budgetByYear()).isEmpty();
    assertThat(row.budgetYearsUnknown()).containsExactly(Year.of(2018), Year.of(2019));
  }

  @Test
  void aBlankPeriodAmountLeavesTheTotalUnknownNotZero() throws IOException {
    ZonePlan plan = enna();
    ImmutableBudget budget = ImmutableBudget.copyOf(plan.budget())
        .withPeriodLines(PeriodAmount.builder().from(allocation(plan)).amount(java.util.Optional.empty()).build());
    PlanRow row = withBudget(plan, budget);
    assertThat(row.budgetTotal()).isEmpty();
    assertThat(row.budgetPerYear()).isEmpty();
    assertThat(row.budgetPerInhabitant()).isEmpty();
  }

  @Test
  void aPeriodAmountReachingOutsideThePlanPeriodIsNotCounted() throws IOException {
    ZonePlan plan = enna();
    ImmutableBudget budget = ImmutableBudget.copyOf(plan.budget()).withPeriodLines(PeriodAmount.builder()
        .from(allocation(plan)).period(PlanPeriod.ofYears(2018, 2020)).build());
    assertThat(withBudget(plan, budget).budgetTotal()).isEmpty();
  }

  @Test
  void everyYearKnownPlusAPeriodAmountAddsBoth() throws IOException {
    ZonePlan plan = enna();
    ImmutableBudget budget = ImmutableBudget.copyOf(plan.budget())
        .withLines(yearly(2018, "1000.00"), yearly(2019, "2000.00"));
    PlanRow row = withBudget(plan, budget);
    assertThat(row.budgetByYear()).hasSize(2);
    assertThat(row.budgetTotal()).contains(Money.of("353543.15"));
  }

  @Test
  void aYearLeftUnknownByYearlyLinesIsNotFilledByAPeriodAmount() throws IOException {
    ZonePlan plan = enna();
    ImmutableBudget budget = ImmutableBudget.copyOf(plan.budget()).withLines(yearly(2018, "1000.00"));
    PlanRow row = withBudget(plan, budget);
    assertThat(row.budgetYearsUnknown()).containsExactly(Year.of(2019));
    assertThat(row.budgetTotal()).isEmpty();
  }
}
