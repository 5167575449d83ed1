package it.pianodizona.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.io.MonitoringJson;
import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.monitoring.MonitoringDocument;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled Crema 2015-2017 plan against its illustrative monitoring file
 * (examples/monitoring): the assessment is pinned, and the figures that come from the plan
 * (budgets, the 2014 actuals, the district social spending) are checked against the seed.
 */
class CremaMonitoringTest {

  private static ZonePlan plan;
  private static MonitoringDocument monitoring;
  private static MonitoringReport report;

  @BeforeAll
  static void assess() throws IOException {
    plan = PlanJson.read(Path.of("../examples/plans/crema-2015-2017.json"));
    monitoring = MonitoringJson.read(Path.of("../examples/monitoring/crema-2015-2017-monitoring.json"));
    report = MonitoringAssessor.of(MonitoringOptions.asOf(LocalDate.of(2018, 3, 31))).assess(plan, monitoring);
  }

  private static IndicatorAssessment row(String indicatorId, int year) {
    return report.indicators().stream()
        .filter(r -> r.indicatorId().equals(indicatorId) && r.year().equals(Year.of(year)))
        .findFirst().orElseThrow(() -> new AssertionError("no row " + indicatorId + " " + year));
  }

  private static YearSummary summary(int year) {
    return report.summaries().stream().filter(s -> s.year().equals(Year.of(year))).findFirst().orElseThrow();
  }

  @Test
  void theExampleMatchesThePlanAndHasNoFinding() {
    assertThat(report.findings()).isEmpty();
    assertThat(report.years()).containsExactly(Year.of(2015), Year.of(2016), Year.of(2017));
  }

  @Test
  void theAttainmentCountsArePinnedYearByYear() {
    // met, partly met, not met, no data, not yet due, no target
    assertThat(counts(summary(2015))).containsExactly(4, 5, 0, 0, 13, 7);
    assertThat(counts(summary(2016))).containsExactly(8, 2, 0, 0, 13, 7);
    assertThat(counts(summary(2017))).containsExactly(17, 5, 1, 2, 0, 7);
    assertThat(report.everythingDueMet()).isFalse();
  }

  private static int[] counts(YearSummary s) {
    return new int[] {s.met(), s.partlyMet(), s.notMet(), s.noData(), s.notYetDue(), s.noTarget()};
  }

  @Test
  void theShareOfObjective8On2014ActualsIsTheOneThePlanNotes() {
    // The plan's note on ind-8-1: for 2015, 304,070.87 / 5,439,131.89 = 5.59%, above the 4-5% range.
    IndicatorAssessment share = row("ind-8-1", 2015);
    assertThat(share.value()).contains(new BigDecimal("5.59"));
    assertThat(share.origin()).contains(ValueOrigin.ACTUAL_SPENDING);
    assertThat(share.attainment()).isEqualTo(Attainment.PARTLY_MET);
    assertThat(share.basis()).isEqualTo(AttainmentBasis.ABOVE_RANGE);
  }

  @Test
  void aShareWhoseBaseHasABlankIsUnknownNotComputedOnZero() {
    // 2017's base is 2016's actual spending, where objective 6 is blank.
    IndicatorAssessment share = row("ind-8-1", 2017);
    assertThat(share.value()).isEmpty();
    assertThat(share.attainment()).isEqualTo(Attainment.NO_DATA);
    assertThat(share.basis()).isEqualTo(AttainmentBasis.FORMULA_INCOMPLETE);
    assertThat(summary(2016).spending().actual()).isEmpty();
    assertThat(summary(2016).spending().planned()).contains(Money.of("7065488.22"));
  }

  @Test
  void theDistrictShareOf2017IsComputedOnActualSpendingOverTheSocialSpending() {
    IndicatorAssessment share = row("ind-7-2", 2017);
    assertThat(summary(2017).spending().actual()).contains(Money.of("7869903.12"));
    assertThat(share.value()).contains(new BigDecimal("43.72")); // 7,869,903.12 / 18,000,000.00
    assertThat(share.attainment()).isEqualTo(Attainment.PARTLY_MET);
  }

  @Test
  void aDocumentDeliveredAfterItsDeadlineIsPartlyMetInTheDeadlinesYear() {
    IndicatorAssessment rules = row("ind-7-1", 2015);
    assertThat(rules.attainment()).isEqualTo(Attainment.PARTLY_MET);
    assertThat(rules.basis()).isEqualTo(AttainmentBasis.ACHIEVED_LATE);
    assertThat(row("ind-3-1", 2015).basis()).isEqualTo(AttainmentBasis.ACHIEVED);
  }

  @Test
  void atLeastThreeReportsInTheTriennium_addsTheYears() {
    assertThat(row("ind-1-3", 2016).attainment()).isEqualTo(Attainment.NOT_YET_DUE);
    assertThat(row("ind-1-3", 2017).value()).contains(new BigDecimal("4"));
    assertThat(row("ind-1-3", 2017).origin()).contains(ValueOrigin.CUMULATIVE);
    assertThat(row("ind-1-3", 2017).attainment()).isEqualTo(Attainment.MET);
  }

  @Test
  void aTargetStartingLaterHasNoRowBeforeIt() {
    assertThat(report.indicators()).noneMatch(r -> r.indicatorId().equals("ind-2-4") && r.year().getValue() < 2017);
    assertThat(row("ind-2-4", 2017).attainment()).isEqualTo(Attainment.PARTLY_MET);
  }

  @Test
  void spendingExecutionAndActionsArePinned() {
    ObjectiveAssessment seven2015 = report.objectives().stream()
        .filter(o -> o.objectiveId().equals("obj-7") && o.year().equals(Year.of(2015))).findFirst().orElseThrow();
    assertThat(seven2015.spending().planned()).contains(Money.of("3743666.23"));
    assertThat(seven2015.spending().executionPercent()).contains(new BigDecimal("97.50"));
    assertThat(summary(2015).spending().executionPercent()).contains(new BigDecimal("97.48"));
    assertThat(summary(2017).actions().done()).isEqualTo(25);
    assertThat(summary(2017).actions().dropped()).isEqualTo(1);
    assertThat(summary(2017).actions().completionPercent()).contains(new BigDecimal("80.65"));
  }

  @Test
  void spendingPerInhabitantNeedsAPopulation() {
    assertThat(summary(2017).actualPerInhabitant()).isEmpty();
    // A round number to show the arithmetic, not Crema's population (the plan does not state it).
    MonitoringReport withPopulation = MonitoringAssessor.of(MonitoringOptions.builder()
        .asOf(LocalDate.of(2018, 3, 31)).population(100_000L).build()).assess(plan, monitoring);
    YearSummary y2017 = withPopulation.summaries().get(2);
    assertThat(y2017.actualPerInhabitant()).contains(Money.of("78.70"));
    assertThat(y2017.plannedPerInhabitant()).contains(Money.of("80.65"));
    assertThat(withPopulation.summaries().get(1).actualPerInhabitant()).isEmpty();
  }

  @Test
  void earlierAsOfDatesLeaveLaterTargetsNotYetDue() {
    MonitoringReport mid = MonitoringAssessor.of(MonitoringOptions.asOf(LocalDate.of(2016, 6, 30)))
        .assess(plan, monitoring);
    assertThat(mid.indicators()).filteredOn(r -> r.year().getValue() == 2017)
        .allMatch(r -> r.attainment() == Attainment.NOT_YET_DUE || r.attainment() == Attainment.NO_TARGET);
    // The protocol was signed on 30 May 2016, due by June 2016: met as of the end of June.
    assertThat(mid.indicators()).filteredOn(r -> r.indicatorId().equals("ind-10-1"))
        .singleElement().extracting(IndicatorAssessment::attainment).isEqualTo(Attainment.MET);
  }

  @Test
  void oneYearCanBeReportedAlone() {
    MonitoringReport only2017 = MonitoringAssessor.of(MonitoringOptions.builder()
        .asOf(LocalDate.of(2018, 3, 31)).year(Year.of(2017)).build()).assess(plan, monitoring);
    assertThat(only2017.years()).containsExactly(Year.of(2017));
    assertThat(only2017.indicators()).allMatch(r -> r.year().equals(Year.of(2017)));
    // Cumulative targets still count the earlier years.
    assertThat(only2017.indicators()).filteredOn(r -> r.indicatorId().equals("ind-1-3"))
        .singleElement().extracting(IndicatorAssessment::value).isEqualTo(Optional.of(new BigDecimal("4")));
  }

  @Test
  void theTextIsItalianByDefaultAndEnglishOnRequest() {
    String italian = MonitoringText.render(report);
    assertThat(italian).startsWith("Rapporto di monitoraggio: Piano di Zona 2015-2017\n")
        .contains("Esito: qualcosa di dovuto non è raggiunto o non è misurato.")
        .contains("il valore 5,59 supera il range del target (da 4 a 5)")
        .contains("Spesa: prevista € 7.065.488,22, effettiva non nota");
    String english = MonitoringText.render(report, Locale.ENGLISH);
    assertThat(english).startsWith("Monitoring report: Piano di Zona 2015-2017\n")
        .contains("the value 5.59 is above the target range (4 to 5)")
        .contains("Spending: planned €7,065,488.22, actual unknown");
  }

  @Test
  void oneAssessorServesManyThreadsWithEqualReports() throws Exception {
    MonitoringAssessor assessor = MonitoringAssessor.of(MonitoringOptions.asOf(LocalDate.of(2018, 3, 31)));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<MonitoringReport>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(() -> assessor.assess(plan, monitoring)));
      }
      for (java.util.concurrent.Future<MonitoringReport> result : results) {
        assertThat(result.get()).isEqualTo(report);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
