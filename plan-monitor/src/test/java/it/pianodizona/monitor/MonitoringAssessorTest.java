package it.pianodizona.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.Budget;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.model.monitoring.ActionProgress;
import it.pianodizona.model.monitoring.ActionStatus;
import it.pianodizona.model.monitoring.ActualSpending;
import it.pianodizona.model.monitoring.IndicatorMeasurement;
import it.pianodizona.model.monitoring.MonitoringDocument;
import it.pianodizona.model.monitoring.MonitoringYear;
import it.pianodizona.model.monitoring.Staffing;
import it.pianodizona.model.objective.Action;
import it.pianodizona.model.objective.Indicator;
import it.pianodizona.model.objective.IndicatorUnit;
import it.pianodizona.model.objective.Measurement;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.model.objective.TargetKind;
import it.pianodizona.model.objective.TargetRange;
import it.pianodizona.model.objective.TargetRecurrence;
import it.pianodizona.model.territory.District;
import it.pianodizona.model.territory.Region;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each target form of the real plans, judged on one indicator: the attainment, and the rule
 * that decided it. Targets are the Crema plan's (seed 002); measured values are made up for the
 * case at hand.
 */
class MonitoringAssessorTest {

  private static final LocalDate AFTER_THE_PLAN = LocalDate.of(2018, 3, 31);

  private static ZonePlan plan(Indicator indicator) {
    return ZonePlan.builder().id("p").title("Piano di Zona 2015-2017")
        .district(District.builder().id("crema").name("Ambito Distrettuale di Crema").region(Region.LOMBARDIA).build())
        .period(PlanPeriod.of(LocalDate.of(2015, 5, 1), LocalDate.of(2017, 12, 31)))
        .addObjectives(Objective.builder().id("obj-1").code("1").title("Obiettivo")
            .addActions(Action.builder().id("act-1").description("Azione").build())
            .addIndicators(indicator).build())
        .budget(Budget.builder()
            .addLines(BudgetLine.builder().objectiveId("obj-1").year(Year.of(2015)).amount(Money.of("1000")).build())
            .addLines(BudgetLine.builder().objectiveId("obj-1").year(Year.of(2016)).build())
            .build())
        .build();
  }

  private static Indicator indicator(IndicatorUnit unit, TargetRange target) {
    return Indicator.builder().id("ind").description("Indicatore").unit(unit).target(target).build();
  }

  private static MonitoringDocument measured(int year, String value) {
    return MonitoringDocument.builder().planId("p")
        .addYears(MonitoringYear.builder().year(Year.of(year))
            .addMeasurements(IndicatorMeasurement.builder().indicatorId("ind").value(new BigDecimal(value)).build())
            .build())
        .build();
  }

  private static IndicatorAssessment judge(Indicator indicator, MonitoringDocument document, int year) {
    return judge(indicator, document, year, AFTER_THE_PLAN);
  }

  private static IndicatorAssessment judge(Indicator indicator, MonitoringDocument document, int year,
      LocalDate asOf) {
    MonitoringReport report = MonitoringAssessor.of(MonitoringOptions.asOf(asOf)).assess(plan(indicator), document);
    return report.indicators().stream().filter(r -> r.year().equals(Year.of(year))).findFirst().orElseThrow();
  }

  private static final Indicator PATTI = indicator(IndicatorUnit.COUNT, TargetRange.builder()
      .kind(TargetKind.BETWEEN).min(new BigDecimal(50)).max(new BigDecimal(75))
      .recurrence(TargetRecurrence.PER_YEAR).statedAs("attivazione di n. 50/75 patti gener-attivi all'anno").build());

  @Test
  void fiftyToSeventyFiveIsMetInsideThePartlyMetHalfWayAndNotMetBelow() {
    assertThat(judge(PATTI, measured(2016, "60"), 2016).attainment()).isEqualTo(Attainment.MET);
    assertThat(judge(PATTI, measured(2016, "25"), 2016).basis()).isEqualTo(AttainmentBasis.HALFWAY_TO_TARGET);
    assertThat(judge(PATTI, measured(2016, "24"), 2016).attainment()).isEqualTo(Attainment.NOT_MET);
    assertThat(judge(PATTI, measured(2016, "80"), 2016).basis()).isEqualTo(AttainmentBasis.ABOVE_RANGE);
  }

  @Test
  void aYearlyTargetWithoutAMeasurementIsNoDataOnceDue() {
    IndicatorAssessment row = judge(PATTI, MonitoringDocument.builder().planId("p").build(), 2015);
    assertThat(row.attainment()).isEqualTo(Attainment.NO_DATA);
    assertThat(row.basis()).isEqualTo(AttainmentBasis.NO_MEASUREMENT);
    assertThat(row.dueBy()).contains(LocalDate.of(2015, 12, 31));
  }

  @Test
  void aYearNotOverIsNotYetDue() {
    IndicatorAssessment row = judge(PATTI, measured(2016, "10"), 2016, LocalDate.of(2016, 6, 30));
    assertThat(row.attainment()).isEqualTo(Attainment.NOT_YET_DUE);
    assertThat(row.value()).contains(new BigDecimal("10"));
  }

  @Test
  void almenoTreIsAnAtLeastTarget() {
    Indicator reports = indicator(IndicatorUnit.COUNT, TargetRange.atLeast(new BigDecimal(3)));
    assertThat(judge(reports, measured(2017, "3"), 2017).attainment()).isEqualTo(Attainment.MET);
    assertThat(judge(reports, measured(2017, "1"), 2017).attainment()).isEqualTo(Attainment.NOT_MET);
    // Judged once, at the end of the plan: an earlier year shows the value without judging it.
    assertThat(judge(reports, measured(2015, "9"), 2015).attainment()).isEqualTo(Attainment.NOT_YET_DUE);
  }

  @Test
  void quattroSuOttoIsMetFromFour() {
    Indicator services = indicator(IndicatorUnit.COUNT, TargetRange.kOfN(new BigDecimal(4), new BigDecimal(8)));
    assertThat(judge(services, measured(2017, "4"), 2017).attainment()).isEqualTo(Attainment.MET);
    assertThat(judge(services, measured(2017, "2"), 2017).attainment()).isEqualTo(Attainment.PARTLY_MET);
    assertThat(judge(services, measured(2017, "1"), 2017).attainment()).isEqualTo(Attainment.NOT_MET);
  }

  @Test
  void aBaselineMovesTheHalfWayMark() {
    Indicator withBaseline = Indicator.builder().from(PATTI).baseline(new BigDecimal(40)).build();
    assertThat(judge(withBaseline, measured(2016, "44"), 2016).attainment()).isEqualTo(Attainment.NOT_MET);
    assertThat(judge(withBaseline, measured(2016, "45"), 2016).attainment()).isEqualTo(Attainment.PARTLY_MET);
  }

  @Test
  void atMostIsNotMetAbove() {
    Indicator waiting = indicator(IndicatorUnit.COUNT, TargetRange.builder().kind(TargetKind.AT_MOST)
        .max(new BigDecimal(30)).recurrence(TargetRecurrence.PER_YEAR).build());
    assertThat(judge(waiting, measured(2015, "30"), 2015).attainment()).isEqualTo(Attainment.MET);
    assertThat(judge(waiting, measured(2015, "31"), 2015).basis()).isEqualTo(AttainmentBasis.ABOVE_MAXIMUM);
  }

  private static final Indicator ISEE = indicator(IndicatorUnit.DOCUMENT, TargetRange.builder()
      .kind(TargetKind.ACHIEVED).deadline(PartialDate.parse("2015-06"))
      .statedAs("Approvazione del regolamento distrettuale ISEE entro giugno 2015").build());

  private static MonitoringDocument delivered(int year, String date, String value) {
    return MonitoringDocument.builder().planId("p")
        .addYears(MonitoringYear.builder().year(Year.of(year))
            .addMeasurements(IndicatorMeasurement.builder().indicatorId("ind").value(new BigDecimal(value))
                .date(PartialDate.parse(date)).build())
            .build())
        .build();
  }

  @Test
  void aDocumentByItsDeadlineIsMetAfterItPartlyAndNeverNotMet() {
    assertThat(judge(ISEE, delivered(2015, "2015-06-30", "1"), 2015).basis()).isEqualTo(AttainmentBasis.ACHIEVED);
    assertThat(judge(ISEE, delivered(2015, "2015-07-01", "1"), 2015).basis())
        .isEqualTo(AttainmentBasis.ACHIEVED_LATE);
    assertThat(judge(ISEE, delivered(2015, "2015-12", "0"), 2015).basis()).isEqualTo(AttainmentBasis.NOT_ACHIEVED);
    assertThat(judge(ISEE, MonitoringDocument.builder().planId("p").build(), 2015).attainment())
        .isEqualTo(Attainment.NO_DATA);
  }

  @Test
  void aDocumentDeliveredEarlyIsMetBeforeItsDeadline() {
    IndicatorAssessment row = judge(ISEE, delivered(2015, "2015-05-20", "1"), 2015, LocalDate.of(2015, 5, 31));
    assertThat(row.attainment()).isEqualTo(Attainment.MET);
    assertThat(judge(ISEE, delivered(2015, "2015-05-20", "0"), 2015, LocalDate.of(2015, 5, 31)).attainment())
        .isEqualTo(Attainment.NOT_YET_DUE);
  }

  @Test
  void aMeasurementDatedAfterTheAsOfDateIsNotYetKnown() {
    IndicatorAssessment row = judge(ISEE, delivered(2015, "2015-06-20", "1"), 2015, LocalDate.of(2015, 6, 10));
    assertThat(row.attainment()).isEqualTo(Attainment.NOT_YET_DUE);
    assertThat(row.value()).isEmpty();
  }

  @Test
  void yesNoIsJudgedPerYearFromItsStart() {
    Indicator protocol = indicator(IndicatorUnit.YES_NO, TargetRange.builder().kind(TargetKind.ACHIEVED)
        .startingFrom(PartialDate.parse("2016")).build());
    MonitoringReport report = MonitoringAssessor.of(MonitoringOptions.asOf(AFTER_THE_PLAN))
        .assess(plan(protocol), measured(2016, "1"));
    assertThat(report.indicators()).extracting(r -> r.year().getValue()).containsExactly(2016, 2017);
    assertThat(report.indicators()).extracting(IndicatorAssessment::attainment)
        .containsExactly(Attainment.MET, Attainment.NO_DATA);
  }

  @Test
  void measurementsAlreadyInThePlanCountAndTheMonitoringWinsForTheSameYear() {
    Indicator inPlan = Indicator.builder().from(PATTI)
        .addMeasurements(Measurement.builder().date(PartialDate.parse("2015-12")).value(new BigDecimal(60)).build())
        .build();
    assertThat(judge(inPlan, MonitoringDocument.builder().planId("p").build(), 2015).origin())
        .contains(ValueOrigin.PLAN);
    IndicatorAssessment both = judge(inPlan, measured(2015, "10"), 2015);
    assertThat(both.origin()).contains(ValueOrigin.MONITORING);
    assertThat(both.value()).contains(new BigDecimal("10"));
  }

  @Test
  void anIndicatorWithoutTargetIsShownNotJudged() {
    Indicator count = Indicator.builder().id("ind").description("n. di iniziative").unit(IndicatorUnit.COUNT).build();
    IndicatorAssessment row = judge(count, measured(2015, "12"), 2015);
    assertThat(row.attainment()).isEqualTo(Attainment.NO_TARGET);
    assertThat(row.value()).contains(new BigDecimal("12"));
  }

  @Test
  void unknownIdsAreLocatedFindingsAndTheirDataIsLeftOut() {
    MonitoringDocument document = MonitoringDocument.builder().planId("other")
        .addYears(MonitoringYear.builder().year(Year.of(2015))
            .addMeasurements(IndicatorMeasurement.builder().indicatorId("ind-x").value(BigDecimal.ONE).build())
            .addMeasurements(IndicatorMeasurement.builder().indicatorId("ind").value(BigDecimal.ONE)
                .date(PartialDate.parse("2016-01")).build())
            .addSpending(ActualSpending.builder().objectiveId("obj-x").amount(Money.of("5")).build())
            .addActions(ActionStatus.of("act-x", ActionProgress.DONE))
            .addActions(ActionStatus.of("act-1", ActionProgress.DONE))
            .addActions(ActionStatus.of("act-1", ActionProgress.DROPPED))
            .addStaffing(Staffing.builder().role("Educatore").objectiveId("obj-y").headcount(2).build())
            .build())
        .addYears(MonitoringYear.builder().year(Year.of(2015)).build())
        .addYears(MonitoringYear.builder().year(Year.of(2019)).build())
        .build();
    MonitoringReport report = MonitoringAssessor.of(MonitoringOptions.asOf(AFTER_THE_PLAN))
        .assess(plan(PATTI), document);
    assertThat(report.findings()).extracting(MonitoringFinding::kind, MonitoringFinding::pointer).containsExactly(
        org.assertj.core.groups.Tuple.tuple(MonitoringFindingKind.PLAN_ID_MISMATCH, "/planId"),
        org.assertj.core.groups.Tuple.tuple(MonitoringFindingKind.UNKNOWN_INDICATOR, "/years/0/measurements/0/indicatorId"),
        org.assertj.core.groups.Tuple.tuple(MonitoringFindingKind.MEASUREMENT_OUTSIDE_YEAR, "/years/0/measurements/1/date"),
        org.assertj.core.groups.Tuple.tuple(MonitoringFindingKind.UNKNOWN_OBJECTIVE, "/years/0/spending/0/objectiveId"),
        org.assertj.core.groups.Tuple.tuple(MonitoringFindingKind.UNKNOWN_ACTION, "/years/0/actions/0/actionId"),
        org.assertj.core.groups.Tuple.tuple(MonitoringFindingKind.DUPLICATE_ACTION_STATUS, "/years/0/actions/2/actionId"),
        org.assertj.core.groups.Tuple.tuple(MonitoringFindingKind.UNKNOWN_OBJECTIVE, "/years/0/staffing/0/objectiveId"),
        org.assertj.core.groups.Tuple.tuple(MonitoringFindingKind.DUPLICATE_YEAR, "/years/1/year"),
        org.assertj.core.groups.Tuple.tuple(MonitoringFindingKind.YEAR_OUTSIDE_PLAN_PERIOD, "/years/2/year"));
    assertThat(report.everythingDueMet()).isFalse();
    assertThat(report.actions().get(0).progress()).contains(ActionProgress.DONE);
    assertThat(report.summaries().get(0).spending().actual()).isEmpty();
  }

  @Test
  void aBlankPlannedAmountMakesTheExecutionUnknownNotZero() {
    MonitoringDocument document = MonitoringDocument.builder().planId("p")
        .addYears(MonitoringYear.builder().year(Year.of(2015))
            .addSpending(ActualSpending.builder().objectiveId("obj-1").amount(Money.of("900")).build()).build())
        .addYears(MonitoringYear.builder().year(Year.of(2016))
            .addSpending(ActualSpending.builder().objectiveId("obj-1").amount(Money.of("900")).build()).build())
        .build();
    MonitoringReport report = MonitoringAssessor.of(MonitoringOptions.asOf(AFTER_THE_PLAN))
        .assess(plan(PATTI), document);
    List<ObjectiveAssessment> rows = report.objectives();
    assertThat(rows.get(0).spending().executionPercent()).contains(new BigDecimal("90.00"));
    assertThat(rows.get(1).spending().planned()).isEmpty();
    assertThat(rows.get(1).spending().executionPercent()).isEmpty();
    assertThat(rows.get(2).spending().actual()).isEmpty();
  }

  @Test
  void everythingMetGivesEverythingDueMet() {
    MonitoringDocument document = MonitoringDocument.builder().planId("p")
        .addYears(MonitoringYear.builder().year(Year.of(2015))
            .addMeasurements(IndicatorMeasurement.builder().indicatorId("ind").value(new BigDecimal(50)).build()).build())
        .build();
    MonitoringReport asOf2015 = MonitoringAssessor.of(MonitoringOptions.asOf(LocalDate.of(2016, 1, 15)))
        .assess(plan(PATTI), document);
    assertThat(asOf2015.everythingDueMet()).isTrue();
    assertThat(MonitoringAssessor.of(MonitoringOptions.asOf(AFTER_THE_PLAN)).assess(plan(PATTI), document)
        .everythingDueMet()).isFalse();
  }

  @Test
  void theRollUpFollowsTheDueIndicators() {
    int n = Attainment.values().length;
    int[] allMet = new int[n];
    allMet[Attainment.MET.ordinal()] = 2;
    allMet[Attainment.NOT_YET_DUE.ordinal()] = 1;
    assertThat(MonitoringAssessor.rollUp(allMet)).isEqualTo(Attainment.MET);
    int[] mixed = allMet.clone();
    mixed[Attainment.NOT_MET.ordinal()] = 1;
    assertThat(MonitoringAssessor.rollUp(mixed)).isEqualTo(Attainment.PARTLY_MET);
    int[] none = new int[n];
    none[Attainment.NO_DATA.ordinal()] = 1;
    assertThat(MonitoringAssessor.rollUp(none)).isEqualTo(Attainment.NO_DATA);
    none[Attainment.NOT_MET.ordinal()] = 1;
    assertThat(MonitoringAssessor.rollUp(none)).isEqualTo(Attainment.NOT_MET);
    assertThat(MonitoringAssessor.rollUp(new int[n])).isEqualTo(Attainment.NO_TARGET);
  }
}
