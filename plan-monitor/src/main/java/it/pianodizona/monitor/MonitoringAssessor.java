package it.pianodizona.monitor;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.monitoring.ActionProgress;
import it.pianodizona.model.monitoring.ActionStatus;
import it.pianodizona.model.monitoring.ActualSpending;
import it.pianodizona.model.monitoring.IndicatorMeasurement;
import it.pianodizona.model.monitoring.MonitoringDocument;
import it.pianodizona.model.monitoring.MonitoringYear;
import it.pianodizona.model.monitoring.Staffing;
import it.pianodizona.model.objective.Action;
import it.pianodizona.model.objective.Indicator;
import it.pianodizona.model.objective.Measurement;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.rules.spi.JsonPointers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Valutatore del monitoraggio: judges a plan's monitoring data against the plan's targets and
 * budget, and returns a {@link MonitoringReport}.
 *
 * <pre>{@code
 * MonitoringReport report = MonitoringAssessor.of(MonitoringOptions.asOf(LocalDate.of(2018, 3, 31)))
 *     .assess(plan, monitoring);
 * report.everythingDueMet();
 * }</pre>
 *
 * <p>Immutable and thread-safe: one assessor serves any number of threads. Time enters only
 * through {@link MonitoringOptions#asOf()}. Nothing in the monitoring document makes it throw:
 * ids the plan does not have are {@linkplain MonitoringReport#findings() findings}. Measurements
 * already inside the plan ({@code Indicator.measurements()}) count too; for the same year a
 * measurement of the monitoring document wins.
 */
public final class MonitoringAssessor {

  private final MonitoringOptions options;

  private MonitoringAssessor(MonitoringOptions options) {
    this.options = requireNonNull(options);
  }

  public static MonitoringAssessor of(MonitoringOptions options) {
    return new MonitoringAssessor(options);
  }

  public MonitoringOptions options() {
    return options;
  }

  /** Judges the measurements the plan itself holds, with no monitoring document. */
  public MonitoringReport assess(ZonePlan plan) {
    return assess(plan, MonitoringDocument.builder().planId(plan.id()).build());
  }

  public MonitoringReport assess(ZonePlan plan, MonitoringDocument monitoring) {
    requireNonNull(plan, "plan");
    requireNonNull(monitoring, "monitoring");
    Data data = new Data(plan, monitoring);
    ImmutableList<Year> reported = plan.period().years().stream()
        .filter(y -> options.year().map(y::equals).orElse(true))
        .collect(ImmutableList.toImmutableList());
    Judge judge = new Judge(plan, data, options.asOf());

    ImmutableList.Builder<IndicatorAssessment> indicators = ImmutableList.builder();
    ImmutableList.Builder<ObjectiveAssessment> objectives = ImmutableList.builder();
    ImmutableList.Builder<ActionAssessment> actions = ImmutableList.builder();
    Map<Year, int[]> yearCounts = new HashMap<>();
    Map<Year, int[]> yearActions = new HashMap<>();

    for (int o = 0; o < plan.objectives().size(); o++) {
      Objective objective = plan.objectives().get(o);
      List<IndicatorAssessment> rows = new ArrayList<>();
      for (int i = 0; i < objective.indicators().size(); i++) {
        Indicator indicator = objective.indicators().get(i);
        String pointer = JsonPointers.of("objectives", o, "indicators", i);
        for (Year year : reported) {
          judge.assess(objective, indicator, year, pointer).ifPresent(rows::add);
        }
      }
      indicators.addAll(rows);
      for (Action action : objective.actions()) {
        for (Year year : reported) {
          Optional<ActionStatus> status = data.status(year, action.id());
          actions.add(ActionAssessment.builder().objectiveId(objective.id()).actionId(action.id())
              .description(action.description()).year(year)
              .progress(status.map(ActionStatus::progress))
              .notes(status.flatMap(ActionStatus::notes)).build());
        }
      }
      for (Year year : reported) {
        int[] counts = new int[Attainment.values().length];
        for (IndicatorAssessment row : rows) {
          if (row.year().equals(year)) {
            counts[row.attainment().ordinal()]++;
          }
        }
        add(yearCounts.computeIfAbsent(year, y -> new int[Attainment.values().length]), counts);
        SpendingExecution spending = execution(Optional.of(objective.id()), year,
            data.planned(objective.id(), year), data.actual(objective.id(), year));
        int[] progress = progress(objective.actions(), year, data);
        add(yearActions.computeIfAbsent(year, y -> new int[ActionProgress.values().length + 1]), progress);
        objectives.add(ObjectiveAssessment.builder()
            .objectiveId(objective.id()).code(objective.code()).title(objective.title()).year(year)
            .attainment(rollUp(counts))
            .met(counts[Attainment.MET.ordinal()])
            .partlyMet(counts[Attainment.PARTLY_MET.ordinal()])
            .notMet(counts[Attainment.NOT_MET.ordinal()])
            .noData(counts[Attainment.NO_DATA.ordinal()])
            .notYetDue(counts[Attainment.NOT_YET_DUE.ordinal()])
            .noTarget(counts[Attainment.NO_TARGET.ordinal()])
            .spending(spending)
            .actions(completion(Optional.of(objective.id()), year, objective.actions().size(), progress))
            .build());
      }
    }

    ImmutableList.Builder<YearSummary> summaries = ImmutableList.builder();
    for (Year year : reported) {
      int[] counts = yearCounts.getOrDefault(year, new int[Attainment.values().length]);
      Optional<Money> planned = data.plannedTotal(year);
      Optional<Money> actual = data.actualTotal(year);
      int[] progress = yearActions.getOrDefault(year, new int[ActionProgress.values().length + 1]);
      int totalActions = plan.objectives().stream().mapToInt(ob -> ob.actions().size()).sum();
      summaries.add(YearSummary.builder().year(year)
          .met(counts[Attainment.MET.ordinal()])
          .partlyMet(counts[Attainment.PARTLY_MET.ordinal()])
          .notMet(counts[Attainment.NOT_MET.ordinal()])
          .noData(counts[Attainment.NO_DATA.ordinal()])
          .notYetDue(counts[Attainment.NOT_YET_DUE.ordinal()])
          .noTarget(counts[Attainment.NO_TARGET.ordinal()])
          .spending(execution(Optional.empty(), year, planned, actual))
          .plannedPerInhabitant(perInhabitant(planned))
          .actualPerInhabitant(perInhabitant(actual))
          .actions(completion(Optional.empty(), year, totalActions, progress))
          .build());
    }

    return MonitoringReport.builder()
        .planId(plan.id()).planTitle(plan.title()).districtName(plan.district().name())
        .asOf(options.asOf()).population(options.population())
        .years(reported)
        .indicators(indicators.build())
        .objectives(objectives.build())
        .actions(actions.build())
        .summaries(summaries.build())
        .findings(data.findings)
        .build();
  }

  private static void add(int[] into, int[] counts) {
    for (int k = 0; k < counts.length; k++) {
      into[k] += counts[k];
    }
  }

  static Attainment rollUp(int[] counts) {
    int met = counts[Attainment.MET.ordinal()];
    int partly = counts[Attainment.PARTLY_MET.ordinal()];
    int notMet = counts[Attainment.NOT_MET.ordinal()];
    int noData = counts[Attainment.NO_DATA.ordinal()];
    int due = met + partly + notMet + noData;
    if (due == 0) {
      return counts[Attainment.NOT_YET_DUE.ordinal()] > 0 ? Attainment.NOT_YET_DUE : Attainment.NO_TARGET;
    }
    if (met == due) {
      return Attainment.MET;
    }
    if (met + partly > 0) {
      return Attainment.PARTLY_MET;
    }
    return notMet > 0 ? Attainment.NOT_MET : Attainment.NO_DATA;
  }

  /** Counts by progress, and the actions not reported in the last slot. */
  private static int[] progress(List<Action> actions, Year year, Data data) {
    int[] counts = new int[ActionProgress.values().length + 1];
    for (Action action : actions) {
      Optional<ActionStatus> status = data.status(year, action.id());
      counts[status.map(s -> s.progress().ordinal()).orElse(ActionProgress.values().length)]++;
    }
    return counts;
  }

  private static ActionCompletion completion(Optional<String> objectiveId, Year year, int total, int[] counts) {
    return ActionCompletion.builder().objectiveId(objectiveId).year(year).total(total)
        .notStarted(counts[ActionProgress.NOT_STARTED.ordinal()])
        .underWay(counts[ActionProgress.UNDER_WAY.ordinal()])
        .done(counts[ActionProgress.DONE.ordinal()])
        .dropped(counts[ActionProgress.DROPPED.ordinal()])
        .notReported(counts[ActionProgress.values().length])
        .build();
  }

  private static SpendingExecution execution(Optional<String> objectiveId, Year year, Optional<Money> planned,
      Optional<Money> actual) {
    Optional<BigDecimal> rate = Optional.empty();
    if (planned.isPresent() && actual.isPresent() && planned.get().amount().signum() != 0) {
      rate = Optional.of(actual.get().amount().multiply(Numbers.HUNDRED)
          .divide(planned.get().amount(), 2, RoundingMode.HALF_EVEN));
    }
    return SpendingExecution.builder().objectiveId(objectiveId).year(year).planned(planned).actual(actual)
        .executionPercent(rate).build();
  }

  private Optional<Money> perInhabitant(Optional<Money> total) {
    if (total.isEmpty() || options.population().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Money.of(total.get().amount()
        .divide(BigDecimal.valueOf(options.population().get()), 2, RoundingMode.HALF_EVEN)));
  }

  /** The sum when every part is known and there is at least one; unknown otherwise. */
  static Optional<Money> sumAll(List<Optional<Money>> parts) {
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    Money sum = Money.ZERO;
    for (Optional<Money> part : parts) {
      if (part.isEmpty()) {
        return Optional.empty();
      }
      sum = sum.plus(part.get());
    }
    return Optional.of(sum);
  }

  /** One observed value of an indicator. */
  record Observation(Year year, Optional<PartialDate> date, BigDecimal value, ValueOrigin origin, int order) {

    /** The first day the observation can speak of: its date, or the start of its year. */
    java.time.LocalDate earliest() {
      return date.map(PartialDate::earliest).orElse(year.atDay(1));
    }

    /** The last day the observation can speak of: its date, or the end of its year. */
    java.time.LocalDate latest() {
      return date.map(PartialDate::latest).orElse(year.atMonth(12).atEndOfMonth());
    }
  }

  /**
   * The monitoring document indexed against the plan, with its findings: built once per
   * assessment, never shared.
   */
  static final class Data {
    final ZonePlan plan;
    final Map<String, List<Observation>> observations = new HashMap<>();
    final Map<Year, Map<String, ActionStatus>> statuses = new HashMap<>();
    final Map<Year, Map<String, List<Optional<Money>>>> spending = new HashMap<>();
    final Map<Year, Map<String, List<Optional<Money>>>> budget = new HashMap<>();
    final Map<Year, List<Optional<Money>>> budgetTotal = new HashMap<>();
    final ImmutableList<MonitoringFinding> findings;

    Data(ZonePlan plan, MonitoringDocument monitoring) {
      this.plan = plan;
      Set<String> indicatorIds = new HashSet<>();
      Set<String> objectiveIds = new HashSet<>();
      Set<String> actionIds = new HashSet<>();
      int order = 0;
      for (Objective objective : plan.objectives()) {
        objectiveIds.add(objective.id());
        objective.actions().forEach(a -> actionIds.add(a.id()));
        for (Indicator indicator : objective.indicators()) {
          indicatorIds.add(indicator.id());
          for (Measurement m : indicator.measurements()) {
            observations.computeIfAbsent(indicator.id(), k -> new ArrayList<>()).add(new Observation(
                Year.of(m.date().year()), Optional.of(m.date()), m.value(), ValueOrigin.PLAN, order++));
          }
        }
      }
      for (BudgetLine line : plan.budget().lines()) {
        budgetTotal.computeIfAbsent(line.year(), y -> new ArrayList<>()).add(line.amount());
        line.objectiveId().ifPresent(id -> budget.computeIfAbsent(line.year(), y -> new HashMap<>())
            .computeIfAbsent(id, k -> new ArrayList<>()).add(line.amount()));
      }

      List<MonitoringFinding> found = new ArrayList<>();
      if (!monitoring.planId().equals(plan.id())) {
        found.add(MonitoringFinding.of(MonitoringFindingKind.PLAN_ID_MISMATCH, "/planId", monitoring.planId()));
      }
      List<Year> planYears = plan.period().years();
      Set<Year> seenYears = new HashSet<>();
      for (int y = 0; y < monitoring.years().size(); y++) {
        MonitoringYear entry = monitoring.years().get(y);
        Year year = entry.year();
        String at = JsonPointers.of("years", y);
        if (!planYears.contains(year)) {
          found.add(MonitoringFinding.of(MonitoringFindingKind.YEAR_OUTSIDE_PLAN_PERIOD, at + "/year", year.toString()));
          continue;
        }
        if (!seenYears.add(year)) {
          found.add(MonitoringFinding.of(MonitoringFindingKind.DUPLICATE_YEAR, at + "/year", year.toString()));
          continue;
        }
        for (int m = 0; m < entry.measurements().size(); m++) {
          IndicatorMeasurement measurement = entry.measurements().get(m);
          String here = JsonPointers.append(at, "measurements", m);
          if (!indicatorIds.contains(measurement.indicatorId())) {
            found.add(MonitoringFinding.of(MonitoringFindingKind.UNKNOWN_INDICATOR, here + "/indicatorId",
                measurement.indicatorId()));
            continue;
          }
          if (measurement.date().isPresent() && measurement.date().get().year() != year.getValue()) {
            found.add(MonitoringFinding.of(MonitoringFindingKind.MEASUREMENT_OUTSIDE_YEAR, here + "/date",
                measurement.date().get().toString()));
            continue;
          }
          // Monitoring data wins over the plan's own for the same year: it is read after them.
          observations.computeIfAbsent(measurement.indicatorId(), k -> new ArrayList<>()).add(new Observation(
              year, measurement.date(), measurement.value(), ValueOrigin.MONITORING, 1_000_000 + order++));
        }
        for (int s = 0; s < entry.spending().size(); s++) {
          ActualSpending item = entry.spending().get(s);
          if (!objectiveIds.contains(item.objectiveId())) {
            found.add(MonitoringFinding.of(MonitoringFindingKind.UNKNOWN_OBJECTIVE,
                JsonPointers.append(at, "spending", s, "objectiveId"), item.objectiveId()));
            continue;
          }
          spending.computeIfAbsent(year, k -> new HashMap<>())
              .computeIfAbsent(item.objectiveId(), k -> new ArrayList<>()).add(item.amount());
        }
        Map<String, ActionStatus> byAction = statuses.computeIfAbsent(year, k -> new HashMap<>());
        for (int a = 0; a < entry.actions().size(); a++) {
          ActionStatus status = entry.actions().get(a);
          String here = JsonPointers.append(at, "actions", a, "actionId");
          if (!actionIds.contains(status.actionId())) {
            found.add(MonitoringFinding.of(MonitoringFindingKind.UNKNOWN_ACTION, here, status.actionId()));
          } else if (byAction.putIfAbsent(status.actionId(), status) != null) {
            found.add(MonitoringFinding.of(MonitoringFindingKind.DUPLICATE_ACTION_STATUS, here, status.actionId()));
          }
        }
        for (int s = 0; s < entry.staffing().size(); s++) {
          Staffing staff = entry.staffing().get(s);
          if (staff.objectiveId().isPresent() && !objectiveIds.contains(staff.objectiveId().get())) {
            found.add(MonitoringFinding.of(MonitoringFindingKind.UNKNOWN_OBJECTIVE,
                JsonPointers.append(at, "staffing", s, "objectiveId"), staff.objectiveId().get()));
          }
        }
      }
      this.findings = ImmutableList.copyOf(found);
    }

    List<Observation> observations(String indicatorId) {
      return observations.getOrDefault(indicatorId, List.of());
    }

    Optional<ActionStatus> status(Year year, String actionId) {
      return Optional.ofNullable(statuses.getOrDefault(year, Map.of()).get(actionId));
    }

    Optional<Money> planned(String objectiveId, Year year) {
      return sumAll(budget.getOrDefault(year, Map.of()).getOrDefault(objectiveId, List.of()));
    }

    Optional<Money> plannedTotal(Year year) {
      return sumAll(budgetTotal.getOrDefault(year, List.of()));
    }

    Optional<Money> actual(String objectiveId, Year year) {
      return sumAll(spending.getOrDefault(year, Map.of()).getOrDefault(objectiveId, List.of()));
    }

    /** All the actual spending of a year: unknown unless every objective with a budget or spending has it known. */
    Optional<Money> actualTotal(Year year) {
      Set<String> ids = new HashSet<>(budget.getOrDefault(year, Map.of()).keySet());
      ids.addAll(spending.getOrDefault(year, Map.of()).keySet());
      List<Optional<Money>> parts = new ArrayList<>();
      for (String id : ids) {
        parts.add(actual(id, year));
      }
      return sumAll(parts);
    }
  }

  /** Small decimal constants. */
  static final class Numbers {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Numbers() {}
  }

}
