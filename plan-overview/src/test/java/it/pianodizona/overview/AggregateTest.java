package it.pianodizona.overview;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.model.common.Money;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Aggregates of small, known sets of rows (illustrative figures, not from any plan). */
class AggregateTest {

  private static PlanRow row(String source, Region region, Integer population, String perInhabitant,
      Map<String, Integer> byRule) {
    ImmutablePlanRow.Builder b = PlanRow.builder().source(source).region(region)
        .objectives(1).indicators(2).governanceBodies(1)
        .findingsBySeverity(Map.of(Severity.ERROR, byRule.values().stream().mapToInt(i -> i).sum(),
            Severity.WARNING, 0, Severity.INFO, 0))
        .findingsByRule(com.google.common.collect.ImmutableSortedMap.copyOf(byRule));
    if (population != null) {
      b.population(population).populationBasis(PopulationBasis.REGISTRY);
    }
    if (perInhabitant != null) {
      b.budgetPerInhabitant(Money.of(perInhabitant));
    }
    return b.build();
  }

  private final Overview overview = Overview.of(LocalDate.of(2024, 1, 1), List.of(
      row("a.json", Region.LOMBARDIA, 1000, "10.00", Map.of("R1", 2)),
      row("b.json", Region.LOMBARDIA, null, "30.00", Map.of("R1", 1, "R2", 1)),
      row("c.json", Region.LOMBARDIA, 3000, null, Map.of()),
      row("d.json", Region.PUGLIA, 5000, "20.00", Map.of("R2", 4)),
      PlanRow.unreadable("e.json", ReadFailure.of("e.json:1:1", "JSON non valido", "invalid JSON"))));

  @Test
  void regionalStatisticsLeaveUnknownFiguresOut() {
    RegionSummary lombardia = overview.regions().get(Region.LOMBARDIA);
    assertThat(lombardia.plans()).isEqualTo(3);
    assertThat(lombardia.population().count()).isEqualTo(2);
    assertThat(lombardia.population().sum()).contains(BigDecimal.valueOf(4000));
    assertThat(lombardia.population().median()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2000"));
    assertThat(lombardia.budgetPerInhabitant().median()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("20"));
  }

  @Test
  void theNationalSummaryCountsUnreadableFilesButNotTheirFigures() {
    RegionSummary national = overview.national();
    assertThat(national.files()).isEqualTo(5);
    assertThat(national.plans()).isEqualTo(4);
    // 10, 20, 30: quartiles at ranks 0.5, 1, 1.5.
    assertThat(national.budgetPerInhabitant().firstQuartile()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("15"));
    assertThat(national.budgetPerInhabitant().median()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("20"));
    assertThat(national.budgetPerInhabitant().thirdQuartile()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("25"));
    assertThat(national.findingsBySeverity().get(Severity.ERROR)).isEqualTo(8);
    assertThat(national.findingsByRule()).containsEntry("R1", 3).containsEntry("R2", 5);
  }

  @Test
  void theMatrixCrossesRulesWithRegions() {
    assertThat(overview.findingsByRuleAndRegion().get("R1", Region.LOMBARDIA)).isEqualTo(3);
    assertThat(overview.findingsByRuleAndRegion().get("R2", Region.LOMBARDIA)).isEqualTo(1);
    assertThat(overview.findingsByRuleAndRegion().get("R2", Region.PUGLIA)).isEqualTo(4);
    assertThat(overview.findingsByRuleAndRegion().contains("R1", Region.PUGLIA)).isFalse();
  }

  @Test
  void rowsAreInSourceOrderWhateverTheOrderOfArrival() {
    assertThat(overview.rows()).extracting(PlanRow::source)
        .containsExactly("a.json", "b.json", "c.json", "d.json", "e.json");
  }
}
