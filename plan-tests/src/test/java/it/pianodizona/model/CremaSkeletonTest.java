package it.pianodizona.model;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.model.budget.ActualsLine;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.budget.DeclaredShare;
import it.pianodizona.model.budget.DeclaredTotal;
import it.pianodizona.model.common.Money;
import it.pianodizona.testkit.plans.CremaSkeleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Crema 2015-2017 plan (seed 002) in Java: its sums and shares agree with what the
 * document prints.
 */
class CremaSkeletonTest {

  private final ZonePlan crema = CremaSkeleton.plan();

  @Test
  void holdsTenObjectivesInTheMatrix() {
    assertThat(crema.objectives()).hasSize(10);
    assertThat(crema.objectives()).allSatisfy(o -> assertThat(o.matrixCell()).isPresent());
    var matrix = crema.policyFramework().priorityMatrix().orElseThrow();
    assertThat(matrix.rows()).hasSize(3);
    assertThat(matrix.columns()).hasSize(3);
  }

  @Test
  void budgetLinesAddUpToTheDeclaredTotalOfEachYear() {
    Map<Year, Money> sums = sum(crema.budget().lines().stream()
        .collect(Collectors.groupingBy(BudgetLine::year,
            Collectors.reducing(Money.ZERO, l -> l.amount().orElseThrow(), Money::plus))));
    assertThat(sums).containsExactly(
        Map.entry(Year.of(2015), Money.of("5265488.22")),
        Map.entry(Year.of(2016), Money.of("7065488.22")),
        Map.entry(Year.of(2017), Money.of("8065488.22")));
    for (DeclaredTotal total : crema.budget().declaredTotals()) {
      assertThat(sums.get(total.year())).isEqualTo(total.amount());
    }
  }

  @Test
  void theJointlyManagedShareIsTheTotalOverSocialSpendingRoundedAsPrinted() {
    for (DeclaredShare share : crema.budget().declaredShares()) {
      Money total = crema.budget().declaredTotals().stream()
          .filter(t -> t.year().equals(share.year())).findFirst().orElseThrow().amount();
      Money spending = crema.budget().districtSocialSpending().stream()
          .filter(s -> s.year().equals(share.year())).findFirst().orElseThrow().amount();
      BigDecimal computed = total.amount().multiply(BigDecimal.valueOf(100))
          .divide(spending.amount(), share.decimals(), RoundingMode.HALF_UP);
      assertThat(computed).isEqualByComparingTo(share.value().value());
    }
  }

  @Test
  void theSeventeenShareIsBelowTheFortyFivePercentTargetBeforeRounding() {
    // 8,065,488.22 / 18,000,000.00 = 44.81%: printed as 45%, short of the 45-50% target of
    // objective 7. The rules report it; the model only has to hold the figures exactly.
    BigDecimal share2017 = new BigDecimal("8065488.22").multiply(BigDecimal.valueOf(100))
        .divide(new BigDecimal("18000000.00"), 2, RoundingMode.HALF_UP);
    assertThat(share2017).isEqualByComparingTo("44.81");
  }

  @Test
  void pastActualsAddUpToTheirPrintedTotals() {
    var actuals = crema.budget().actuals().orElseThrow();
    Map<Year, Money> sums = sum(actuals.lines().stream()
        .filter(l -> l.amount().isPresent())
        .collect(Collectors.groupingBy(ActualsLine::year,
            Collectors.reducing(Money.ZERO, l -> l.amount().orElseThrow(), Money::plus))));
    for (DeclaredTotal total : actuals.declaredTotals()) {
      assertThat(sums.get(total.year())).as("actuals %s", total.year()).isEqualTo(total.amount());
    }
  }

  @Test
  void blankAndDashCellsOfThePastTableAreNotZeros() {
    var actuals = crema.budget().actuals().orElseThrow();
    Optional<ActualsLine> ama2013 = actuals.lines().stream()
        .filter(l -> l.item().equals("Gruppi AMA") && l.year().equals(Year.of(2013))).findFirst();
    assertThat(ama2013.orElseThrow().amount()).isEmpty();
    assertThat(ama2013.orElseThrow().statedAs()).contains("€ -");
    assertThat(actuals.lines().stream()
        .filter(l -> l.item().equals("Gruppi AMA") && l.year().equals(Year.of(2014)))).isEmpty();
  }

  @Test
  void theAgreementRunsFromMay2015ToTheEndOf2017() {
    var validity = crema.agreement().orElseThrow().validity().orElseThrow();
    assertThat(validity.start()).hasToString("2015-05-01");
    assertThat(validity.end()).hasToString("2017-12-31");
    assertThat(crema.period()).isEqualTo(validity);
  }

  private static Map<Year, Money> sum(Map<Year, Money> byYear) {
    return new java.util.TreeMap<>(byYear);
  }
}
