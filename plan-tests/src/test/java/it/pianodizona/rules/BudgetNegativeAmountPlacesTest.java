package it.pianodizona.rules;

import static it.pianodizona.testkit.assertions.ReportAssert.assertThat;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.Actuals;
import it.pianodizona.model.budget.Budget;
import it.pianodizona.model.budget.DeclaredTotal;
import it.pianodizona.model.budget.DistrictSocialSpending;
import it.pianodizona.model.budget.ImmutableBudget;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.standard.StandardRules;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.math.BigDecimal;
import java.time.Year;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * BUDGET_NEGATIVE_AMOUNT at the places its mutator leaves alone, because a negative figure there
 * also moves totals other rules check: a declared total, the district social spending and an
 * actual total. The amount (-1,000.00 euros) is illustrative.
 */
class BudgetNegativeAmountPlacesTest {

  private static final ZonePlan PLAN = PlanGenerator.generate(15, new PlanShape(Region.LOMBARDIA, 1, 1, 1, 1));
  private static final Year FIRST = Year.of(PLAN.period().start().getYear());
  private static final Money NEGATIVE = Money.of("-1000.00");

  private static ValidationReport validate(UnaryOperator<ImmutableBudget> change) {
    Budget budget = change.apply(ImmutableBudget.copyOf(PLAN.budget()));
    return StandardRules.validator().validate(ImmutableZonePlan.copyOf(PLAN).withBudget(budget));
  }

  @Test
  void aNegativeDeclaredTotalIsReportedWhereItIs() {
    int index = PLAN.budget().declaredTotals().size();
    assertThat(validate(b -> b.withDeclaredTotals(ImmutableList.<DeclaredTotal>builder()
        .addAll(b.declaredTotals()).add(DeclaredTotal.of(FIRST, NEGATIVE)).build())))
        .hasFinding("BUDGET_NEGATIVE_AMOUNT").at("/budget/declaredTotals/" + index + "/amount")
        .withValue("actual", new BigDecimal("-1000.00"));
  }

  @Test
  void aNegativeDistrictSocialSpendingIsReportedWhereItIs() {
    int index = PLAN.budget().districtSocialSpending().size();
    assertThat(validate(b -> b.withDistrictSocialSpending(ImmutableList.<DistrictSocialSpending>builder()
        .addAll(b.districtSocialSpending()).add(DistrictSocialSpending.of(FIRST, NEGATIVE)).build())))
        .hasFinding("BUDGET_NEGATIVE_AMOUNT").at("/budget/districtSocialSpending/" + index + "/amount");
  }

  @Test
  void aNegativeActualTotalIsReportedWhereItIs() {
    Actuals actuals = Actuals.builder().addDeclaredTotals(DeclaredTotal.of(FIRST, NEGATIVE)).build();
    assertThat(validate(b -> b.withActuals(actuals)))
        .hasFinding("BUDGET_NEGATIVE_AMOUNT").at("/budget/actuals/declaredTotals/0/amount");
  }
}
