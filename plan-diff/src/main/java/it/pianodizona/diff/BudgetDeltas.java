package it.pianodizona.diff;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.budget.FundingSource;
import it.pianodizona.model.common.Money;
import java.time.Year;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Variazioni del budget: the cells and year totals whose figures differ between two plans. */
final class BudgetDeltas {

  private record Cell(Year year, Optional<String> objectiveId, Optional<FundingSource> fundingSource) {}

  private BudgetDeltas() {}

  static ImmutableList<BudgetDelta> between(ZonePlan before, ZonePlan after) {
    Map<Cell, BudgetFigure> cellsBefore = cells(before);
    Map<Cell, BudgetFigure> cellsAfter = cells(after);
    ImmutableList.Builder<BudgetDelta> deltas = ImmutableList.builder();
    Set<Cell> all = new LinkedHashSet<>(cellsBefore.keySet());
    all.addAll(cellsAfter.keySet());
    all.stream()
        .sorted(Comparator.comparing(Cell::year).thenComparing(c -> c.objectiveId().orElse(""))
            .thenComparing(c -> c.fundingSource().map(BudgetDeltas::fundName).orElse("")))
        .forEach(cell -> {
          BudgetFigure a = cellsBefore.getOrDefault(cell, BudgetFigure.ABSENT);
          BudgetFigure b = cellsAfter.getOrDefault(cell, BudgetFigure.ABSENT);
          if (!a.sameAs(b)) {
            deltas.add(new BudgetDelta(BudgetDelta.Scope.CELL, cell.year(), cell.objectiveId(), cell.fundingSource(), a, b));
          }
        });
    Map<Year, BudgetFigure> totalsBefore = totals(before);
    Map<Year, BudgetFigure> totalsAfter = totals(after);
    Set<Year> years = new java.util.TreeSet<>(totalsBefore.keySet());
    years.addAll(totalsAfter.keySet());
    for (Year year : years) {
      BudgetFigure a = totalsBefore.getOrDefault(year, BudgetFigure.ABSENT);
      BudgetFigure b = totalsAfter.getOrDefault(year, BudgetFigure.ABSENT);
      if (!a.sameAs(b)) {
        deltas.add(new BudgetDelta(BudgetDelta.Scope.YEAR_TOTAL, year, Optional.empty(), Optional.empty(), a, b));
      }
    }
    return deltas.build();
  }

  static String fundName(FundingSource fund) {
    return fund.kind().name().toLowerCase(java.util.Locale.ROOT) + fund.label().map(l -> " " + l).orElse("");
  }

  private static Map<Cell, BudgetFigure> cells(ZonePlan plan) {
    Map<Cell, BudgetFigure> cells = new LinkedHashMap<>();
    for (BudgetLine line : plan.budget().lines()) {
      Cell cell = new Cell(line.year(), line.objectiveId(), line.fundingSource());
      cells.put(cell, cells.getOrDefault(cell, BudgetFigure.ABSENT).plus(line.amount().map(Money::amount)));
    }
    return cells;
  }

  private static Map<Year, BudgetFigure> totals(ZonePlan plan) {
    Map<Year, BudgetFigure> totals = new TreeMap<>();
    for (BudgetLine line : plan.budget().lines()) {
      totals.put(line.year(), totals.getOrDefault(line.year(), BudgetFigure.ABSENT).plus(line.amount().map(Money::amount)));
    }
    return totals;
  }
}
