package it.pianodizona.testkit.monitoring;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.monitoring.ActionProgress;
import it.pianodizona.model.monitoring.ActionStatus;
import it.pianodizona.model.monitoring.ActualSpending;
import it.pianodizona.model.monitoring.ImmutableMonitoringYear;
import it.pianodizona.model.monitoring.IndicatorMeasurement;
import it.pianodizona.model.monitoring.MonitoringDocument;
import it.pianodizona.model.monitoring.MonitoringYear;
import it.pianodizona.model.monitoring.Staffing;
import it.pianodizona.model.objective.Action;
import it.pianodizona.model.objective.Indicator;
import it.pianodizona.model.objective.IndicatorUnit;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.model.objective.TargetKind;
import it.pianodizona.model.objective.TargetRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generatore di monitoraggi: a monitoring document for a plan, from a seed, that refers only to
 * what the plan has: its id, the years of its period (each once), its indicators (values in the
 * indicator's unit, 0/1 for yes/no and documents, dated inside the year), its objectives
 * (actual spending near the planned amount, now and then a blank) and its actions (each at most
 * once a year). Assessed against its plan it gives no finding. The values are synthetic.
 */
public final class MonitoringGenerator {

  private static final ActionProgress[] PROGRESS = ActionProgress.values();

  private final SplittableRandom random;
  private final ZonePlan plan;

  private MonitoringGenerator(ZonePlan plan, long seed) {
    this.random = new SplittableRandom(seed);
    this.plan = plan;
  }

  /** The monitoring document for this plan and seed: every year of the plan. */
  public static MonitoringDocument generate(ZonePlan plan, long seed) {
    return new MonitoringGenerator(plan, seed).document(plan.period().years().size());
  }

  /** The monitoring document for the first {@code years} years of the plan (at most all of them). */
  public static MonitoringDocument generate(ZonePlan plan, long seed, int years) {
    return new MonitoringGenerator(plan, seed).document(Math.min(years, plan.period().years().size()));
  }

  private MonitoringDocument document(int years) {
    var document = MonitoringDocument.builder().planId(plan.id())
        .title("Monitoraggio di " + plan.title());
    for (Year year : plan.period().years().subList(0, years)) {
      document.addYears(year(year));
    }
    if (random.nextInt(4) == 0) {
      document.notes("Valori sintetici generati per i test.");
    }
    return document.build();
  }

  private MonitoringYear year(Year year) {
    ImmutableMonitoringYear.Builder entry = MonitoringYear.builder().year(year);
    for (Objective objective : plan.objectives()) {
      for (Indicator indicator : objective.indicators()) {
        if (random.nextInt(4) != 0) {
          entry.addMeasurements(measurement(indicator, year));
        }
      }
      for (Action action : objective.actions()) {
        if (random.nextInt(3) != 0) {
          var status = ActionStatus.builder().actionId(action.id()).progress(PROGRESS[random.nextInt(PROGRESS.length)]);
          if (random.nextInt(5) == 0) {
            status.notes("Nota sullo stato dell'azione.");
          }
          entry.addActions(status.build());
        }
      }
    }
    for (Map.Entry<String, Optional<BudgetLine>> planned : planned(year).entrySet()) {
      entry.addSpending(spending(planned.getKey(), planned.getValue()));
    }
    if (!plan.objectives().isEmpty() && random.nextInt(3) == 0) {
      Objective objective = plan.objectives().get(random.nextInt(plan.objectives().size()));
      entry.addStaffing(Staffing.builder().role("Assistente sociale").objectiveId(objective.id())
          .headcount(1 + random.nextInt(30))
          .fullTimeEquivalents(BigDecimal.valueOf(5 + random.nextInt(200), 1)).build());
    }
    return entry.build();
  }

  /** Each objective with a budget line in the year, with one of its lines as a model. */
  private Map<String, Optional<BudgetLine>> planned(Year year) {
    Map<String, Optional<BudgetLine>> byObjective = new LinkedHashMap<>();
    for (BudgetLine line : plan.budget().lines()) {
      if (line.year().equals(year) && line.objectiveId().isPresent()) {
        byObjective.putIfAbsent(line.objectiveId().get(), Optional.of(line));
      }
    }
    return byObjective;
  }

  private ActualSpending spending(String objectiveId, Optional<BudgetLine> model) {
    var spending = ActualSpending.builder().objectiveId(objectiveId);
    model.flatMap(BudgetLine::fundingSource).ifPresent(spending::fundingSource);
    if (random.nextInt(10) == 0) {
      return spending.statedAs("n.d.").build(); // a blank: unknown, not zero
    }
    BigDecimal base = model.flatMap(BudgetLine::amount).map(Money::amount)
        .orElse(BigDecimal.valueOf(10_000 + random.nextInt(100_000)));
    BigDecimal factor = BigDecimal.valueOf(80 + random.nextInt(31), 2);
    return spending.amount(Money.of(base.multiply(factor).setScale(2, RoundingMode.HALF_EVEN))).build();
  }

  private IndicatorMeasurement measurement(Indicator indicator, Year year) {
    var measurement = IndicatorMeasurement.builder().indicatorId(indicator.id()).value(value(indicator));
    if (random.nextBoolean()) {
      LocalDate day = YearMonth.of(year.getValue(), 1 + random.nextInt(12)).atDay(1 + random.nextInt(28));
      measurement.date(random.nextBoolean() ? PartialDate.of(day) : PartialDate.of(YearMonth.from(day)));
    }
    if (random.nextInt(3) == 0) {
      measurement.source("Rilevazione dell'Ufficio di Piano");
    }
    return measurement.build();
  }

  private BigDecimal value(Indicator indicator) {
    Optional<TargetRange> target = indicator.target();
    boolean achievement = indicator.unit() == IndicatorUnit.YES_NO || indicator.unit() == IndicatorUnit.DOCUMENT
        || target.map(t -> t.kind() == TargetKind.ACHIEVED).orElse(false);
    if (achievement) {
      return random.nextInt(4) == 0 ? BigDecimal.ZERO : BigDecimal.ONE;
    }
    if (indicator.unit() == IndicatorUnit.PERCENTAGE) {
      return BigDecimal.valueOf(random.nextInt(10_001), 2);
    }
    int scale = target.flatMap(t -> t.max().or(t::min)).map(v -> v.intValue() * 2).orElse(20);
    return BigDecimal.valueOf(random.nextInt(Math.max(scale, 1) + 1));
  }
}
