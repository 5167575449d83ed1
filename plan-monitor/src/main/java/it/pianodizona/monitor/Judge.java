package it.pianodizona.monitor;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.DeclaredTotal;
import it.pianodizona.model.budget.DistrictSocialSpending;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.objective.BudgetFormula;
import it.pianodizona.model.objective.Indicator;
import it.pianodizona.model.objective.IndicatorUnit;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.model.objective.TargetKind;
import it.pianodizona.model.objective.TargetRange;
import it.pianodizona.model.objective.TargetRecurrence;
import it.pianodizona.monitor.MonitoringAssessor.Data;
import it.pianodizona.monitor.MonitoringAssessor.Numbers;
import it.pianodizona.monitor.MonitoringAssessor.Observation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Il giudizio su un indicatore: when an indicator's target applies and falls due, which value it
 * is judged on, and how that value compares with the target. One per assessment.
 */
final class Judge {

  private static final Comparator<Observation> LATEST =
      Comparator.comparing(Observation::latest).thenComparingInt(Observation::order);

  private final ZonePlan plan;
  private final Data data;
  private final LocalDate asOf;
  private final Year firstYear;
  private final Year lastYear;

  Judge(ZonePlan plan, Data data, LocalDate asOf) {
    this.plan = plan;
    this.data = data;
    this.asOf = asOf;
    this.firstYear = Year.from(plan.period().start());
    this.lastYear = Year.from(plan.period().end());
  }

  /** The row of this indicator for this year, or none where its target does not apply to the year. */
  Optional<IndicatorAssessment> assess(Objective objective, Indicator indicator, Year year, String pointer) {
    Row row = new Row(objective, indicator, year, pointer);
    if (indicator.target().isEmpty()) {
      valueOfYear(indicator, year).ifPresent(row::observed);
      return Optional.of(row.judged(Attainment.NO_TARGET, AttainmentBasis.NO_TARGET));
    }
    TargetRange target = indicator.target().get();
    if (!applies(indicator, target, year)) {
      return Optional.empty();
    }
    LocalDate dueBy = dueBy(indicator, target, year);
    row.dueBy = Optional.of(dueBy);
    if (isAchievement(indicator, target)) {
      return Optional.of(achievement(indicator, target, year, dueBy, row));
    }
    Optional<Observation> value = value(indicator, target, year);
    value.ifPresent(row::observed);
    boolean judgedThisYear = !spansPlan(indicator, target) || year.equals(lastYear);
    if (!judgedThisYear || asOf.isBefore(dueBy)) {
      return Optional.of(row.judged(Attainment.NOT_YET_DUE, AttainmentBasis.DUE_LATER));
    }
    if (value.isEmpty()) {
      return Optional.of(row.judged(Attainment.NO_DATA, indicator.formula().isPresent()
          ? AttainmentBasis.FORMULA_INCOMPLETE : AttainmentBasis.NO_MEASUREMENT));
    }
    return Optional.of(compare(indicator, target, value.get().value(), row));
  }

  /** Whether the target speaks of this year at all. */
  private boolean applies(Indicator indicator, TargetRange target, Year year) {
    if (target.startingFrom().isPresent() && year.getValue() < target.startingFrom().get().year()) {
      return false;
    }
    Optional<Year> formulaYear = indicator.formula().flatMap(BudgetFormula::year);
    if (formulaYear.isPresent()) {
      return formulaYear.get().equals(year);
    }
    if (target.deadline().isPresent() && target.recurrence().orElse(null) != TargetRecurrence.PER_YEAR) {
      return year.equals(clamp(Year.of(target.deadline().get().year())));
    }
    return true;
  }

  private Year clamp(Year year) {
    return year.isBefore(firstYear) ? firstYear : year.isAfter(lastYear) ? lastYear : year;
  }

  /**
   * A target with neither a yearly recurrence, a start, a deadline nor a formula ("almeno 3 report
   * nel triennio", "50-75% dei soggetti") is judged once, at the end of the plan; earlier years
   * show the progress.
   */
  private static boolean spansPlan(Indicator indicator, TargetRange target) {
    if (target.recurrence().isPresent()) {
      return target.recurrence().get() == TargetRecurrence.PER_PLAN_PERIOD;
    }
    return target.startingFrom().isEmpty() && target.deadline().isEmpty() && indicator.formula().isEmpty();
  }

  private LocalDate dueBy(Indicator indicator, TargetRange target, Year year) {
    if (target.deadline().isPresent() && target.recurrence().orElse(null) != TargetRecurrence.PER_YEAR) {
      return target.deadline().get().latest();
    }
    if (spansPlan(indicator, target)) {
      return plan.period().end();
    }
    LocalDate endOfYear = year.atMonth(12).atEndOfMonth();
    return endOfYear.isAfter(plan.period().end()) ? plan.period().end() : endOfYear;
  }

  private static boolean isAchievement(Indicator indicator, TargetRange target) {
    return target.kind() == TargetKind.ACHIEVED;
  }

  /**
   * A yes/no or document target: done (a value of 1 or more) by the due date is met, done later
   * is partly met, a 0 after the due date is not met. Done early is met even before the due date.
   */
  private IndicatorAssessment achievement(Indicator indicator, TargetRange target, Year year, LocalDate dueBy,
      Row row) {
    // With a deadline, a late achievement is reported in the deadline's year, whenever it came;
    // a target over the whole plan counts what was done up to the year shown.
    boolean deadline = target.deadline().isPresent();
    boolean once = deadline || spansPlan(indicator, target);
    Predicate<Observation> inScope = deadline ? o -> true
        : once ? o -> !o.year().isAfter(year) : o -> o.year().equals(year);
    List<Observation> all = observations(indicator);
    Optional<Observation> done = all.stream()
        .filter(inScope)
        .filter(o -> o.value().compareTo(BigDecimal.ONE) >= 0)
        .min(Comparator.comparing(Observation::latest).thenComparingInt(Observation::order));
    if (done.isPresent()) {
      row.observed(done.get());
      if (!done.get().latest().isAfter(dueBy)) {
        return row.judged(Attainment.MET, AttainmentBasis.ACHIEVED);
      }
      if (asOf.isBefore(dueBy)) {
        return row.judged(Attainment.NOT_YET_DUE, AttainmentBasis.DUE_LATER);
      }
      return row.judged(Attainment.PARTLY_MET, AttainmentBasis.ACHIEVED_LATE);
    }
    Optional<Observation> latest = all.stream().filter(inScope).max(LATEST);
    latest.ifPresent(row::observed);
    boolean judgedThisYear = !spansPlan(indicator, target) || year.equals(lastYear);
    if (!judgedThisYear || asOf.isBefore(dueBy)) {
      return row.judged(Attainment.NOT_YET_DUE, AttainmentBasis.DUE_LATER);
    }
    return latest.isPresent()
        ? row.judged(Attainment.NOT_MET, AttainmentBasis.NOT_ACHIEVED)
        : row.judged(Attainment.NO_DATA, AttainmentBasis.NO_MEASUREMENT);
  }

  /** The value the target is judged on in this year. */
  private Optional<Observation> value(Indicator indicator, TargetRange target, Year year) {
    if (indicator.formula().isPresent()) {
      Optional<Observation> computed = formula(indicator.formula().get(), year);
      if (computed.isPresent()) {
        return computed;
      }
    }
    if (indicator.unit() == IndicatorUnit.COUNT
        && target.recurrence().orElse(null) == TargetRecurrence.PER_PLAN_PERIOD) {
      return cumulative(indicator, year);
    }
    return valueOfYear(indicator, year);
  }

  /** The latest measurement of the year: the state at the end of it. */
  private Optional<Observation> valueOfYear(Indicator indicator, Year year) {
    return observations(indicator).stream().filter(o -> o.year().equals(year)).max(LATEST);
  }

  /** The indicator's measurements known as of the as-of date: one dated later is not yet known. */
  private List<Observation> observations(Indicator indicator) {
    List<Observation> all = data.observations(indicator.id());
    for (Observation o : all) {
      if (o.earliest().isAfter(asOf)) {
        return all.stream().filter(x -> !x.earliest().isAfter(asOf)).toList();
      }
    }
    return all;
  }

  /** "Almeno 3 report nel triennio": each year's count added to the years before. */
  private Optional<Observation> cumulative(Indicator indicator, Year year) {
    BigDecimal sum = BigDecimal.ZERO;
    boolean any = false;
    for (Year y = firstYear; !y.isAfter(year); y = y.plusYears(1)) {
      Optional<Observation> v = valueOfYear(indicator, y);
      if (v.isPresent()) {
        sum = sum.add(v.get().value());
        any = true;
      }
    }
    return any ? Optional.of(new Observation(year, Optional.empty(), sum, ValueOrigin.CUMULATIVE, 0))
        : Optional.empty();
  }

  /**
   * The indicator's budget formula on actual spending: the objective's (or all) actual spending
   * of the year over the base. Unknown when any figure behind it is unknown.
   */
  private Optional<Observation> formula(BudgetFormula formula, Year year) {
    Optional<Money> numerator = formula.numeratorObjectiveId().isPresent()
        ? data.actual(formula.numeratorObjectiveId().get(), year)
        : data.actualTotal(year);
    Optional<Money> base = switch (formula.base()) {
      case DISTRICT_SOCIAL_SPENDING -> plan.budget().districtSocialSpending().stream()
          .filter(s -> s.year().equals(year)).map(DistrictSocialSpending::amount).findFirst();
      case BUDGET_TOTAL -> plan.budget().declaredTotals().stream()
          .filter(t -> t.year().equals(year)).map(DeclaredTotal::amount).findFirst()
          .or(() -> data.plannedTotal(year));
      case PREVIOUS_YEAR_ACTUALS -> previousActuals(year.minusYears(1));
    };
    if (numerator.isEmpty() || base.isEmpty() || base.get().amount().signum() == 0) {
      return Optional.empty();
    }
    BigDecimal share = numerator.get().amount().multiply(Numbers.HUNDRED)
        .divide(base.get().amount(), 2, RoundingMode.HALF_EVEN);
    return Optional.of(new Observation(year, Optional.empty(), share, ValueOrigin.ACTUAL_SPENDING, 0));
  }

  /** The actuals of a year: monitored spending where known, else the total the plan prints. */
  private Optional<Money> previousActuals(Year year) {
    return data.actualTotal(year).or(() -> plan.budget().actuals().stream()
        .flatMap(a -> a.declaredTotals().stream())
        .filter(t -> t.year().equals(year)).map(DeclaredTotal::amount).findFirst());
  }

  /** A numeric target: in range is met; below it, half-way from the baseline is partly met. */
  private static IndicatorAssessment compare(Indicator indicator, TargetRange target, BigDecimal value,
      Row row) {
    Optional<BigDecimal> lower = switch (target.kind()) {
      case AT_LEAST, BETWEEN, EXACTLY, K_OF_N -> target.min();
      default -> Optional.empty();
    };
    Optional<BigDecimal> upper = switch (target.kind()) {
      case AT_MOST, BETWEEN -> target.max();
      default -> Optional.empty();
    };
    if (lower.isPresent() && value.compareTo(lower.get()) < 0) {
      BigDecimal baseline = indicator.baseline().orElse(BigDecimal.ZERO);
      BigDecimal gap = lower.get().subtract(baseline);
      BigDecimal progress = value.subtract(baseline);
      if (gap.signum() > 0 && progress.signum() > 0 && progress.multiply(Numbers.TWO).compareTo(gap) >= 0) {
        return row.judged(Attainment.PARTLY_MET, AttainmentBasis.HALFWAY_TO_TARGET);
      }
      return row.judged(Attainment.NOT_MET, AttainmentBasis.BELOW_RANGE);
    }
    if (upper.isPresent() && value.compareTo(upper.get()) > 0) {
      return target.kind() == TargetKind.AT_MOST
          ? row.judged(Attainment.NOT_MET, AttainmentBasis.ABOVE_MAXIMUM)
          : row.judged(Attainment.PARTLY_MET, AttainmentBasis.ABOVE_RANGE);
    }
    return row.judged(Attainment.MET, AttainmentBasis.IN_RANGE);
  }

  /** The parts of a row gathered while judging it. */
  private static final class Row {
    private final ImmutableIndicatorAssessment.Builder builder;
    Optional<LocalDate> dueBy = Optional.empty();

    Row(Objective objective, Indicator indicator, Year year, String pointer) {
      this.builder = IndicatorAssessment.builder().objectiveId(objective.id()).indicatorId(indicator.id())
          .description(indicator.description()).unit(indicator.unit()).year(year)
          .target(indicator.target()).planPointer(pointer);
    }

    void observed(Observation observation) {
      builder.value(observation.value()).origin(observation.origin()).measuredOn(observation.date());
    }

    IndicatorAssessment judged(Attainment attainment, AttainmentBasis basis) {
      return builder.attainment(attainment).basis(basis).dueBy(dueBy).build();
    }
  }
}
