package it.pianodizona.overview;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Maps;
import com.google.common.collect.TreeBasedTable;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Quadro d'insieme regionale e nazionale: one {@link PlanRow} per plan file, with the
 * aggregates per region and for the nation and the matrix of findings by rule and region. It
 * keeps rows only, never plans: its memory grows with the number of rows (a few hundred bytes
 * each), not with the size of the plans. Immutable; build it with {@link #builder} (safe to fill
 * from many threads) or {@link #of}.
 */
public final class Overview {

  private static final Comparator<PlanRow> BY_SOURCE = Comparator.comparing(PlanRow::source);

  private final LocalDate asOf;
  private final ImmutableList<PlanRow> rows;
  private final ImmutableSortedMap<Region, RegionSummary> regions;
  private final RegionSummary national;
  private final ImmutableTable<String, Region, Integer> findingsByRuleAndRegion;

  private Overview(LocalDate asOf, List<PlanRow> rows) {
    this.asOf = asOf;
    List<PlanRow> sorted = new ArrayList<>(rows);
    sorted.sort(BY_SOURCE);
    this.rows = ImmutableList.copyOf(sorted);
    Map<Region, List<PlanRow>> byRegion = new TreeMap<>();
    for (PlanRow row : this.rows) {
      row.region().ifPresent(r -> byRegion.computeIfAbsent(r, k -> new ArrayList<>()).add(row));
    }
    this.regions = ImmutableSortedMap.copyOf(Maps.transformEntries(byRegion,
        (region, regionRows) -> summarise(Optional.of(region), regionRows)));
    this.national = summarise(Optional.empty(), this.rows);
    TreeBasedTable<String, Region, Integer> matrix = TreeBasedTable.create();
    for (PlanRow row : this.rows) {
      row.region().ifPresent(region -> row.findingsByRule().forEach((rule, count) -> {
        Integer before = matrix.get(rule, region);
        matrix.put(rule, region, (before == null ? 0 : before) + count);
      }));
    }
    this.findingsByRuleAndRegion = ImmutableTable.copyOf(matrix);
  }

  /** The overview of these rows, as of that date. */
  public static Overview of(LocalDate asOf, Iterable<PlanRow> rows) {
    List<PlanRow> list = new ArrayList<>();
    rows.forEach(list::add);
    return new Overview(asOf, list);
  }

  /** An empty, thread-safe builder for the overview as of that date. */
  public static Builder builder(LocalDate asOf) {
    return new Builder(asOf);
  }

  /** The date the overview was made as of (deadlines and validation are judged on it). */
  public LocalDate asOf() {
    return asOf;
  }

  /** One row per file, in the order of their source names. */
  public ImmutableList<PlanRow> rows() {
    return rows;
  }

  /** The summary of each region with at least one plan, in the order of {@link Region}. */
  public ImmutableSortedMap<Region, RegionSummary> regions() {
    return regions;
  }

  /** The national summary: every row. */
  public RegionSummary national() {
    return national;
  }

  /** Findings by rule (rows) and region (columns); a missing cell is no finding. */
  public ImmutableTable<String, Region, Integer> findingsByRuleAndRegion() {
    return findingsByRuleAndRegion;
  }

  static RegionSummary summarise(Optional<Region> region, List<PlanRow> rows) {
    List<PlanRow> plans = rows.stream().filter(PlanRow::isReadable).toList();
    Map<Severity, Integer> severities = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      severities.put(s, plans.stream().mapToInt(r -> r.findings(s)).sum());
    }
    Map<AgreementState, Integer> agreements = new EnumMap<>(AgreementState.class);
    for (AgreementState s : AgreementState.values()) {
      agreements.put(s, (int) plans.stream().filter(r -> r.agreementState() == s).count());
    }
    Map<String, Integer> byRule = new TreeMap<>();
    Map<String, Integer> coverage = new TreeMap<>();
    Map<String, Integer> named = new TreeMap<>();
    for (PlanRow row : plans) {
      row.findingsByRule().forEach((rule, n) -> byRule.merge(rule, n, Integer::sum));
      row.objectivesByPolicyArea().keySet().forEach(area -> coverage.merge(area, 1, Integer::sum));
      row.policyAreasNamed().forEach(area -> named.merge(area, 1, Integer::sum));
    }
    return RegionSummary.builder()
        .region(region)
        .files(rows.size())
        .plans(plans.size())
        .municipalitiesListed(plans.stream().mapToInt(PlanRow::municipalitiesListed).sum())
        .population(stat(plans, r -> r.population().map(BigDecimal::valueOf)))
        .budgetPerYear(stat(plans, r -> r.budgetPerYear().map(Money::amount)))
        .budgetPerInhabitant(stat(plans, r -> r.budgetPerInhabitant().map(Money::amount)))
        .objectives(stat(plans, r -> Optional.of(BigDecimal.valueOf(r.objectives()))))
        .indicators(stat(plans, r -> Optional.of(BigDecimal.valueOf(r.indicators()))))
        .findingsBySeverity(severities)
        .findingsByRule(ImmutableSortedMap.copyOf(byRule))
        .agreements(agreements)
        .policyAreasNamed(ImmutableSortedMap.copyOf(named))
        .policyAreaCoverage(ImmutableSortedMap.copyOf(coverage))
        .build();
  }

  private static Stat stat(List<PlanRow> rows, Function<PlanRow, Optional<BigDecimal>> figure) {
    return Stat.of(rows.stream().map(figure).flatMap(Optional::stream).collect(Collectors.toList()));
  }

  /**
   * Raccolta delle righe: collects rows from any number of threads, then builds the overview.
   * It holds the rows it was given and nothing else.
   */
  public static final class Builder {
    private final LocalDate asOf;
    private final List<PlanRow> rows = new ArrayList<>();

    private Builder(LocalDate asOf) {
      this.asOf = asOf;
    }

    /** Adds a row; safe to call from several threads at once. */
    public synchronized Builder add(PlanRow row) {
      rows.add(row);
      return this;
    }

    /** How many rows have been added so far. */
    public synchronized int size() {
      return rows.size();
    }

    /** The overview of the rows added so far. */
    public synchronized Overview build() {
      return new Overview(asOf, rows);
    }
  }
}
