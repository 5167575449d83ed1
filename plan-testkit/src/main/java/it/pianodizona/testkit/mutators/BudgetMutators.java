package it.pianodizona.testkit.mutators;

import static it.pianodizona.rules.spi.PlanFields.ACTUALS;
import static it.pianodizona.rules.spi.PlanFields.AMOUNT;
import static it.pianodizona.rules.spi.PlanFields.BUDGET;
import static it.pianodizona.rules.spi.PlanFields.DECLARED_SHARES;
import static it.pianodizona.rules.spi.PlanFields.DECLARED_TOTALS;
import static it.pianodizona.rules.spi.PlanFields.DISTRICT_SOCIAL_SPENDING;
import static it.pianodizona.rules.spi.PlanFields.INDICATORS;
import static it.pianodizona.rules.spi.PlanFields.LINES;
import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;
import static it.pianodizona.rules.spi.PlanFields.RESOURCES;
import static it.pianodizona.rules.spi.PlanFields.TARGET;
import static it.pianodizona.rules.spi.PlanFields.VALUE;
import static it.pianodizona.rules.spi.PlanFields.YEAR;
import static it.pianodizona.testkit.mutators.PlanEdits.append;
import static it.pianodizona.testkit.mutators.PlanEdits.choose;
import static it.pianodizona.testkit.mutators.PlanEdits.indexesOf;
import static it.pianodizona.testkit.mutators.PlanEdits.replace;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.Actuals;
import it.pianodizona.model.budget.ActualsLine;
import it.pianodizona.model.budget.Budget;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.budget.DeclaredShare;
import it.pianodizona.model.budget.DeclaredTotal;
import it.pianodizona.model.budget.DistrictSocialSpending;
import it.pianodizona.model.budget.ImmutableActuals;
import it.pianodizona.model.budget.ImmutableBudgetLine;
import it.pianodizona.model.budget.ImmutableDeclaredShare;
import it.pianodizona.model.budget.ImmutableDeclaredTotal;
import it.pianodizona.model.budget.ImmutableDistrictSocialSpending;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.Percentage;
import it.pianodizona.model.objective.Indicator;
import it.pianodizona.model.objective.TargetRange;
import it.pianodizona.rules.spi.Pointer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/** Mutatori del budget: one mutator per rule of the budget family. */
public final class BudgetMutators {

  private static final Money CENT = Money.of("0.01");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private BudgetMutators() {}

  /** The mutators of this family, one per rule. */
  public static ImmutableList<Mutator> all() {
    return ImmutableList.of(
        Mutator.of("BUDGET_TOTAL_MISMATCH", BudgetMutators::totalMismatch),
        Mutator.of("BUDGET_OBJECTIVE_TOTAL_MISMATCH", BudgetMutators::objectiveTotalMismatch),
        Mutator.of("DECLARED_SHARE_MISMATCH", BudgetMutators::shareMismatch),
        Mutator.of("BUDGET_TARGET_NOT_MET", BudgetMutators::targetNotMet),
        Mutator.of("BUDGET_YEAR_MISSING", BudgetMutators::yearMissing),
        Mutator.of("BUDGET_LINE_OUTSIDE_PLAN_PERIOD", (plan, pick) -> LifecycleMutators.anyOf(plan, pick,
            BudgetMutators::lineOutsidePeriod, LifecycleMutators::periodLineOutsidePeriod)),
        Mutator.of("BUDGET_NEGATIVE_AMOUNT", BudgetMutators::negativeAmount),
        Mutator.of("OBJECTIVE_RESOURCES_WITHOUT_BUDGET", BudgetMutators::resourcesWithoutBudget),
        Mutator.of("BUDGET_EXCEEDS_SOCIAL_SPENDING", BudgetMutators::exceedsSocialSpending),
        Mutator.of("ACTUALS_TOTAL_MISMATCH", BudgetMutators::actualsMismatch),
        Mutator.of("BUDGET_TOTAL_UNVERIFIABLE", BudgetMutators::totalUnverifiable));
  }

  private static Optional<Money> lineSum(Budget budget, Year year) {
    return budget.lines().stream().filter(l -> l.year().equals(year) && l.amount().isPresent())
        .map(l -> l.amount().get()).reduce(Money::plus);
  }

  /** Whether the declared shares of the year still hold with this total. */
  private static boolean sharesHold(Budget budget, Year year, Money total) {
    Optional<DistrictSocialSpending> spending = budget.districtSocialSpending().stream()
        .filter(s -> s.year().equals(year)).findFirst();
    return spending.isEmpty() || budget.declaredShares().stream().filter(s -> s.year().equals(year)).allMatch(s ->
        total.amount().multiply(HUNDRED).divide(spending.get().amount().amount(), s.decimals(), RoundingMode.HALF_UP)
            .compareTo(s.value().value()) == 0);
  }

  /** A declared total one cent off its lines, in the direction that leaves the printed shares true. */
  private static Optional<Mutation> totalMismatch(ZonePlan plan, int pick) {
    Budget budget = plan.budget();
    List<DeclaredTotal> totals = budget.declaredTotals();
    return choose(indexesOf(totals, t -> t.objectiveId().isEmpty() && lineSum(budget, t.year()).isPresent()), pick)
        .flatMap(i -> {
          DeclaredTotal total = totals.get(i);
          Money up = total.amount().plus(CENT);
          Money down = total.amount().minus(CENT);
          Money changed = sharesHold(budget, total.year(), up) ? up : down;
          if (!sharesHold(budget, total.year(), changed) || changed.isNegative()) {
            return Optional.empty();
          }
          ZonePlan mutated = PlanEdits.budget(plan, b -> b.withDeclaredTotals(replace(totals, i,
              ImmutableDeclaredTotal.copyOf(total).withAmount(changed))));
          Money sum = lineSum(budget, total.year()).get();
          return Mutation.of(mutated, "BUDGET_TOTAL_MISMATCH", Pointer.root().field(BUDGET).item(DECLARED_TOTALS, i).toString())
              .map(m -> m.withValues(ImmutableMap.of("year", total.year().getValue(), "expected", changed.amount(),
                  "actual", sum.amount(), "difference", sum.minus(changed).amount())));
        });
  }

  private static Optional<Mutation> objectiveTotalMismatch(ZonePlan plan, int pick) {
    List<BudgetLine> lines = plan.budget().lines();
    return choose(indexesOf(lines, l -> l.objectiveId().isPresent() && l.amount().isPresent()), pick).flatMap(i -> {
      BudgetLine line = lines.get(i);
      Money sum = lines.stream().filter(l -> l.year().equals(line.year()) && l.objectiveId().equals(line.objectiveId())
          && l.amount().isPresent()).map(l -> l.amount().get()).reduce(Money.ZERO, Money::plus);
      DeclaredTotal total = DeclaredTotal.builder().year(line.year()).objectiveId(line.objectiveId().get())
          .amount(sum.plus(CENT)).build();
      int index = plan.budget().declaredTotals().size();
      return Mutation.of(PlanEdits.budget(plan, b -> b.withDeclaredTotals(append(b.declaredTotals(), total))),
          "BUDGET_OBJECTIVE_TOTAL_MISMATCH", Pointer.root().field(BUDGET).item(DECLARED_TOTALS, index).toString())
          .map(m -> m.withValues(ImmutableMap.of("year", line.year().getValue(), "expected", total.amount().amount(),
              "actual", sum.amount())));
    });
  }

  private static Optional<Mutation> shareMismatch(ZonePlan plan, int pick) {
    List<DeclaredShare> shares = plan.budget().declaredShares();
    return choose(indexesOf(shares, s -> true), pick).flatMap(i -> {
      BigDecimal value = shares.get(i).value().value();
      BigDecimal changed = value.compareTo(BigDecimal.valueOf(98)) <= 0 ? value.add(BigDecimal.valueOf(2))
          : value.subtract(BigDecimal.valueOf(2));
      ZonePlan mutated = PlanEdits.budget(plan, b -> b.withDeclaredShares(replace(shares, i,
          ImmutableDeclaredShare.copyOf(shares.get(i)).withValue(Percentage.of(changed)))));
      return Mutation.of(mutated, "DECLARED_SHARE_MISMATCH", Pointer.root().field(BUDGET).item(DECLARED_SHARES, i).field(VALUE).toString());
    });
  }

  /** A target on budget figures raised above every year's value. */
  private static Optional<Mutation> targetNotMet(ZonePlan plan, int pick) {
    for (int o = 0; o < plan.objectives().size(); o++) {
      List<Indicator> indicators = plan.objectives().get(o).indicators();
      for (int i = 0; i < indicators.size(); i++) {
        if (indicators.get(i).formula().isPresent() && indicators.get(i).target().isPresent()) {
          BigDecimal highest = plan.budget().declaredShares().stream().map(s -> s.value().value())
              .max(BigDecimal::compareTo).orElse(null);
          if (highest == null || highest.compareTo(BigDecimal.valueOf(98)) > 0) {
            return Optional.empty();
          }
          TargetRange above = TargetRange.atLeast(highest.add(BigDecimal.ONE).setScale(0, RoundingMode.CEILING));
          int oi = o;
          int ii = i;
          return Mutation.of(PlanEdits.indicator(plan, o, i, ind -> ind.withTarget(above)),
              "BUDGET_TARGET_NOT_MET", Pointer.root().item(OBJECTIVES, oi).item(INDICATORS, ii).field(TARGET).toString());
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Mutation> yearMissing(ZonePlan plan, int pick) {
    List<Year> years = plan.period().years();
    Year year = years.get(choose(years.size(), pick));
    boolean fundedElsewhere = plan.objectives().stream().filter(o -> o.resources().isPresent()).allMatch(o ->
        plan.budget().lines().stream().anyMatch(l -> !l.year().equals(year) && l.objectiveId().equals(Optional.of(o.id()))));
    if (years.size() < 2 || !fundedElsewhere || plan.budget().lines().stream().noneMatch(l -> l.year().equals(year))) {
      return Optional.empty();
    }
    ZonePlan mutated = PlanEdits.budget(plan, b -> b.withLines(PlanEdits.removeIf(b.lines(), l -> l.year().equals(year))));
    return Mutation.of(mutated, "BUDGET_YEAR_MISSING", Pointer.root().field(BUDGET).field(LINES).toString());
  }

  private static Optional<Mutation> lineOutsidePeriod(ZonePlan plan, int pick) {
    BudgetLine line = BudgetLine.builder().year(Year.of(plan.period().end().getYear() + 1))
        .label("Voce per l'anno successivo").amount(Money.of("1000.00")).build();
    int index = plan.budget().lines().size();
    return Mutation.of(PlanEdits.budget(plan, b -> b.withLines(append(b.lines(), line))),
        "BUDGET_LINE_OUTSIDE_PLAN_PERIOD", Pointer.root().field(BUDGET).item(LINES, index).field(YEAR).toString())
        .map(m -> m.withValues(ImmutableMap.of("year", line.year().getValue(), "period", plan.period().toString())));
  }

  /**
   * A correction pair that leaves every sum as it was, one of them negative: among the budget
   * lines, or (as {@code pick} chooses) among the past actuals' lines.
   */
  private static Optional<Mutation> negativeAmount(ZonePlan plan, int pick) {
    Optional<Actuals> actuals = plan.budget().actuals().filter(a -> !a.lines().isEmpty());
    if (actuals.isPresent() && choose(2, pick) == 1) {
      Year year = actuals.get().lines().get(0).year();
      ActualsLine plus = ActualsLine.builder().item("Rettifica +").year(year).amount(Money.of("1000.00")).build();
      ActualsLine minus = ActualsLine.builder().item("Rettifica -").year(year).amount(Money.of("-1000.00")).build();
      int index = actuals.get().lines().size() + 1;
      Actuals changed = ImmutableActuals.copyOf(actuals.get())
          .withLines(append(append(actuals.get().lines(), plus), minus));
      return Mutation.of(PlanEdits.budget(plan, b -> b.withActuals(changed)), "BUDGET_NEGATIVE_AMOUNT",
              Pointer.root().field(BUDGET).field(ACTUALS).item(LINES, index).field(AMOUNT).toString())
          .map(m -> m.withValues(ImmutableMap.of("actual", minus.amount().get().amount())));
    }
    Year year = Year.of(plan.period().start().getYear());
    BudgetLine plus = BudgetLine.builder().year(year).label("Rettifica +").amount(Money.of("1000.00")).build();
    BudgetLine minus = BudgetLine.builder().year(year).label("Rettifica -").amount(Money.of("-1000.00")).build();
    int index = plan.budget().lines().size() + 1;
    return Mutation.of(PlanEdits.budget(plan, b -> b.withLines(append(append(b.lines(), plus), minus))),
        "BUDGET_NEGATIVE_AMOUNT", Pointer.root().field(BUDGET).item(LINES, index).field(AMOUNT).toString())
        .map(m -> m.withValues(ImmutableMap.of("actual", minus.amount().get().amount())));
  }

  /** An objective's lines kept but no longer tied to it, so that no sum changes. */
  private static Optional<Mutation> resourcesWithoutBudget(ZonePlan plan, int pick) {
    if (plan.budget().lines().isEmpty()) {
      return Optional.empty();
    }
    return choose(indexesOf(plan.objectives(), o -> o.resources().isPresent()), pick).flatMap(o -> {
      String id = plan.objectives().get(o).id();
      boolean usedByFormula = plan.objectives().stream().flatMap(ob -> ob.indicators().stream())
          .anyMatch(i -> i.formula().flatMap(f -> f.numeratorObjectiveId()).equals(Optional.of(id)));
      if (usedByFormula) {
        return Optional.empty();
      }
      ZonePlan mutated = PlanEdits.budget(plan, b -> b.withLines(b.lines().stream()
          .map(l -> l.objectiveId().equals(Optional.of(id)) ? ImmutableBudgetLine.copyOf(l).withObjectiveId(Optional.empty()) : l)
          .collect(ImmutableList.toImmutableList())));
      return Mutation.of(mutated, "OBJECTIVE_RESOURCES_WITHOUT_BUDGET", Pointer.root().item(OBJECTIVES, o).field(RESOURCES).toString());
    });
  }

  /**
   * Social spending one cent below the year's total: the printed share becomes 100% (rounded)
   * and the targets on the share, which no longer make sense, are dropped.
   */
  private static Optional<Mutation> exceedsSocialSpending(ZonePlan plan, int pick) {
    Budget budget = plan.budget();
    List<DistrictSocialSpending> spending = budget.districtSocialSpending();
    return choose(indexesOf(spending, s -> total(budget, s.year()).isPresent()), pick).flatMap(i -> {
      Year year = spending.get(i).year();
      Money total = total(budget, year).get();
      Money below = total.minus(CENT);
      if (below.amount().signum() <= 0) {
        return Optional.empty();
      }
      ZonePlan mutated = PlanEdits.budget(plan, b -> b
          .withDistrictSocialSpending(replace(spending, i, ImmutableDistrictSocialSpending.copyOf(spending.get(i)).withAmount(below)))
          .withDeclaredShares(b.declaredShares().stream().map(s -> !s.year().equals(year) ? s
              : ImmutableDeclaredShare.copyOf(s).withValue(Percentage.of(total.amount().multiply(HUNDRED)
                  .divide(below.amount(), s.decimals(), RoundingMode.HALF_UP).min(HUNDRED))))
              .collect(ImmutableList.toImmutableList())));
      for (int o = 0; o < mutated.objectives().size(); o++) {
        if (mutated.objectives().get(o).indicators().stream().anyMatch(ind -> ind.formula().isPresent())) {
          mutated = PlanEdits.objective(mutated, o, ob -> ob.withIndicators(
              PlanEdits.removeIf(ob.indicators(), ind -> ind.formula().isPresent())));
        }
      }
      if (mutated.objectives().stream().anyMatch(ob -> ob.indicators().isEmpty())) {
        return Optional.empty();
      }
      return Mutation.of(mutated, "BUDGET_EXCEEDS_SOCIAL_SPENDING",
          Pointer.root().field(BUDGET).item(DISTRICT_SOCIAL_SPENDING, i).field(AMOUNT).toString());
    });
  }

  private static Optional<Money> total(Budget budget, Year year) {
    return budget.declaredTotals().stream().filter(t -> t.year().equals(year) && t.objectiveId().isEmpty())
        .map(DeclaredTotal::amount).findFirst().or(() -> lineSum(budget, year));
  }

  private static Optional<Mutation> actualsMismatch(ZonePlan plan, int pick) {
    if (plan.budget().actuals().isEmpty()) {
      return Optional.empty();
    }
    Actuals actuals = plan.budget().actuals().get();
    List<DeclaredTotal> totals = actuals.declaredTotals();
    return choose(indexesOf(totals, t -> t.objectiveId().isEmpty() && actuals.lines().stream()
        .anyMatch(l -> l.year().equals(t.year()) && l.amount().isPresent())), pick).flatMap(i -> {
          Actuals changed = ImmutableActuals.copyOf(actuals).withDeclaredTotals(replace(totals, i,
              ImmutableDeclaredTotal.copyOf(totals.get(i)).withAmount(totals.get(i).amount().plus(CENT))));
          return Mutation.of(PlanEdits.budget(plan, b -> b.withActuals(changed)),
              "ACTUALS_TOTAL_MISMATCH", Pointer.root().field(BUDGET).field(ACTUALS).item(DECLARED_TOTALS, i).toString());
        });
  }

  /**
   * A budget line of a year with a printed total loses its amount (a blank cell): the total can
   * no longer be verified (nor the objective's, where it prints one).
   */
  private static Optional<Mutation> totalUnverifiable(ZonePlan plan, int pick) {
    Budget budget = plan.budget();
    List<Integer> lines = indexesOf(budget.lines(), l -> l.amount().isPresent()
        && budget.declaredTotals().stream().anyMatch(t -> t.objectiveId().isEmpty() && t.year().equals(l.year())));
    return choose(lines, pick).flatMap(l -> {
      Year year = budget.lines().get(l).year();
      int total = PlanEdits.indexOf(budget.declaredTotals(), t -> t.objectiveId().isEmpty() && t.year().equals(year)).getAsInt();
      ZonePlan mutated = PlanEdits.budget(plan, b -> b.withLines(replace(b.lines(), l,
          ImmutableBudgetLine.copyOf(b.lines().get(l)).withAmount(Optional.empty()))));
      return Mutation.of(mutated, "BUDGET_TOTAL_UNVERIFIABLE",
          Pointer.root().field(BUDGET).item(DECLARED_TOTALS, total).toString());
    });
  }
}
