package it.pianodizona.overview;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import it.pianodizona.io.PlanJson;
import it.pianodizona.io.PlanReadException;
import it.pianodizona.io.PlanReader;
import it.pianodizona.io.SafeText;
import it.pianodizona.model.CountedSubject;
import it.pianodizona.model.DeclaredCount;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.ProgrammeAgreement;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.budget.PeriodAmount;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.model.policy.PolicyArea;
import it.pianodizona.model.policy.TargetGroup;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.registry.MunicipalityRegistry;
import it.pianodizona.rules.leps.DistrictPopulation;
import it.pianodizona.registry.Population;
import it.pianodizona.rules.Finding;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.ValidationOptions;
import it.pianodizona.rules.ValidationReport;
import it.pianodizona.rules.Validator;
import it.pianodizona.rules.standard.StandardRules;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Sintesi dei piani: reads a plan file, validates it and keeps only its {@link PlanRow}; the
 * plan is dropped as soon as the row is made. Thread-safe (the validator, reader and registry
 * are), and with no clock: deadlines and validation are judged as of the date it is given.
 */
public final class PlanSummariser {

  private final Validator validator;
  private final PlanReader reader;
  private final MunicipalityRegistry registry;
  private final LocalDate asOf;

  private PlanSummariser(Validator validator, PlanReader reader, MunicipalityRegistry registry, LocalDate asOf) {
    this.validator = validator;
    this.reader = reader;
    this.registry = registry;
    this.asOf = asOf;
  }

  /**
   * A summariser with the standard rules judged as of that date, the strict reader and the
   * ISTAT registry.
   */
  public static PlanSummariser standard(LocalDate asOf) {
    return of(StandardRules.validator(ValidationOptions.builder().asOf(asOf).build()),
        PlanJson.reader(), MunicipalityRegistry.italy(), asOf);
  }

  /**
   * A summariser with this validator (whose as-of date should be {@code asOf}), reader and
   * registry.
   */
  public static PlanSummariser of(Validator validator, PlanReader reader, MunicipalityRegistry registry, LocalDate asOf) {
    return new PlanSummariser(validator, reader, registry, asOf);
  }

  public LocalDate asOf() {
    return asOf;
  }

  /** The row of one file: its plan's summary, or its located read error. Never throws for a bad file. */
  public PlanRow summarise(Path file) {
    String source = file.toString();
    ZonePlan plan;
    try {
      plan = reader.read(file).plan();
    } catch (PlanReadException e) {
      return PlanRow.unreadable(source,
          ReadFailure.of(e.location().toString(), e.italianMessage(), e.englishMessage()));
    } catch (IOException e) {
      return PlanRow.unreadable(source, ioFailure(file, e));
    }
    return summarise(plan, source);
  }

  /** The row of a plan already read, named by its source. */
  public PlanRow summarise(ZonePlan plan, String source) {
    ValidationReport report = validator.validate(plan).active();
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      bySeverity.put(s, report.count(s));
    }
    Map<String, Integer> byRule = new TreeMap<>();
    for (Finding f : report.findings()) {
      byRule.merge(f.ruleId(), 1, Integer::sum);
    }
    ImmutablePlanRow.Builder row = PlanRow.builder()
        .source(source)
        .planId(SafeText.oneLine(plan.id()))
        .title(SafeText.oneLine(plan.title()))
        .region(plan.district().region())
        .districtName(SafeText.oneLine(plan.district().name()))
        .period(plan.period())
        .status(plan.status())
        .municipalitiesDeclared(declaredMunicipalities(plan))
        .municipalitiesListed(plan.district().municipalities().size())
        .governanceBodies(plan.governanceBodies().size())
        .findingsBySeverity(bySeverity)
        .findingsByRule(ImmutableSortedMap.copyOf(byRule));
    Optional<Integer> population = population(plan);
    population.ifPresent(p -> row.population(p).populationBasis(
        DistrictPopulation.isStated(plan) ? PopulationBasis.STATED : PopulationBasis.REGISTRY));
    budget(plan, population, row);
    objectives(plan, row);
    agreement(plan, row);
    return row.build();
  }

  /**
   * Reads, validates and summarises these files on {@code threads} threads, calling
   * {@code progress} with the number of files done after each one (from the calling thread).
   * At most {@code threads} plans are in memory at once.
   */
  public Overview overview(List<Path> files, int threads, IntConsumer progress) {
    return overview(files, List.of(), threads, progress);
  }

  /**
   * As {@link #overview(List, int, IntConsumer)}, with rows already made (e.g. for directories
   * that could not be walked) added as they are.
   */
  public Overview overview(List<Path> files, List<PlanRow> extraRows, int threads, IntConsumer progress) {
    checkArgument(threads >= 1, "at least one thread, got %s", threads);
    Overview.Builder overview = Overview.builder(asOf);
    extraRows.forEach(overview::add);
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "pdz-overview");
      thread.setDaemon(true);
      return thread;
    });
    try {
      ExecutorCompletionService<PlanRow> done = new ExecutorCompletionService<>(pool);
      // Submit a bounded window of files ahead, so that pending work stays small whatever the count.
      int window = threads * 4;
      int submitted = 0;
      int finished = 0;
      while (submitted < files.size() && submitted < window) {
        Path file = files.get(submitted++);
        done.submit(() -> summarise(file));
      }
      while (finished < files.size()) {
        Future<PlanRow> next = done.take();
        overview.add(next.get());
        finished++;
        progress.accept(finished);
        if (submitted < files.size()) {
          Path file = files.get(submitted++);
          done.submit(() -> summarise(file));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while summarising plans", e);
    } catch (ExecutionException e) {
      // summarise turns every reading problem into a row: what reaches here is a defect.
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return overview.build();
  }

  private static Optional<Integer> declaredMunicipalities(ZonePlan plan) {
    return plan.declaredCounts().stream()
        .filter(c -> c.subject() == CountedSubject.MUNICIPALITIES && c.scopeId().isEmpty())
        .map(DeclaredCount::value)
        .findFirst();
  }

  private Optional<Integer> population(ZonePlan plan) {
    return DistrictPopulation.of(plan, () -> registry).map(Population::inhabitants);
  }

  /**
   * The sum of the plan's amounts for the whole period, zero when it states none; empty when one
   * has no amount or reaches outside the plan's period (a blank is unknown, never zero).
   */
  private static Optional<BigDecimal> periodAmounts(ZonePlan plan) {
    BigDecimal sum = BigDecimal.ZERO;
    for (PeriodAmount line : plan.budget().periodLines()) {
      boolean within = plan.period().contains(line.period().start())
          && plan.period().contains(line.period().end());
      if (line.amount().isEmpty() || !within) {
        return Optional.empty();
      }
      sum = sum.add(line.amount().get().amount());
    }
    return Optional.of(sum);
  }

  private static void budget(ZonePlan plan, Optional<Integer> population, ImmutablePlanRow.Builder row) {
    Map<Year, BigDecimal> sums = new HashMap<>();
    Map<Year, Boolean> complete = new HashMap<>();
    for (BudgetLine line : plan.budget().lines()) {
      Year year = line.year();
      complete.merge(year, line.amount().isPresent(), Boolean::logicalAnd);
      line.amount().ifPresent(a -> sums.merge(year, a.amount(), BigDecimal::add));
    }
    ImmutableSortedMap.Builder<Year, Money> known = ImmutableSortedMap.naturalOrder();
    ImmutableSortedSet.Builder<Year> unknown = ImmutableSortedSet.naturalOrder();
    BigDecimal total = BigDecimal.ZERO;
    List<Year> years = plan.period().years();
    for (Year year : years) {
      if (Boolean.TRUE.equals(complete.get(year))) {
        BigDecimal sum = sums.getOrDefault(year, BigDecimal.ZERO);
        known.put(year, Money.of(sum));
        total = total.add(sum);
      } else {
        unknown.add(year);
      }
    }
    ImmutableSortedSet<Year> unknownYears = unknown.build();
    row.budgetByYear(known.build()).budgetYearsUnknown(unknownYears);
    boolean noYearlyLine = plan.budget().lines().isEmpty();
    Optional<BigDecimal> periodSum = periodAmounts(plan);
    Optional<BigDecimal> whole;
    if (unknownYears.isEmpty()) {
      whole = periodSum.map(total::add);
    } else if (noYearlyLine && !plan.budget().periodLines().isEmpty()) {
      whole = periodSum;
    } else {
      whole = Optional.empty();
    }
    whole.ifPresent(sum -> {
      row.budgetTotal(Money.of(sum));
      BigDecimal perYear = sum.divide(BigDecimal.valueOf(years.size()), 2, RoundingMode.HALF_EVEN);
      row.budgetPerYear(Money.of(perYear));
      population.filter(p -> p > 0).ifPresent(p -> row.budgetPerInhabitant(
          Money.of(perYear.divide(BigDecimal.valueOf(p), 2, RoundingMode.HALF_EVEN))));
    });
  }

  private static void objectives(ZonePlan plan, ImmutablePlanRow.Builder row) {
    Map<String, String> areaNames = new HashMap<>();
    for (PolicyArea a : plan.policyFramework().policyAreas()) {
      areaNames.putIfAbsent(a.id(), SafeText.oneLine(a.name()));
    }
    Map<String, String> groupNames = new HashMap<>();
    for (TargetGroup g : plan.policyFramework().targetGroups()) {
      groupNames.putIfAbsent(g.id(), SafeText.oneLine(g.name()));
    }
    Map<String, Integer> objectivesByArea = new TreeMap<>();
    Map<String, Integer> indicatorsByArea = new TreeMap<>();
    Map<String, Integer> objectivesByGroup = new TreeMap<>();
    Map<String, Integer> indicatorsByGroup = new TreeMap<>();
    int indicators = 0;
    for (Objective o : plan.objectives()) {
      int n = o.indicators().size();
      indicators += n;
      for (String area : distinctNames(o.policyAreaIds(), areaNames)) {
        objectivesByArea.merge(area, 1, Integer::sum);
        indicatorsByArea.merge(area, n, Integer::sum);
      }
      for (String group : distinctNames(o.targetGroupIds(), groupNames)) {
        objectivesByGroup.merge(group, 1, Integer::sum);
        indicatorsByGroup.merge(group, n, Integer::sum);
      }
    }
    row.policyAreasNamed(ImmutableSortedSet.copyOf(areaNames.values()));
    row.objectives(plan.objectives().size()).indicators(indicators)
        .objectivesByPolicyArea(ImmutableSortedMap.copyOf(objectivesByArea))
        .indicatorsByPolicyArea(ImmutableSortedMap.copyOf(indicatorsByArea))
        .objectivesByTargetGroup(ImmutableSortedMap.copyOf(objectivesByGroup))
        .indicatorsByTargetGroup(ImmutableSortedMap.copyOf(indicatorsByGroup));
  }

  /** The names of these ids, each once; an id the framework does not name stands for itself. */
  private static List<String> distinctNames(List<String> ids, Map<String, String> names) {
    List<String> result = new ArrayList<>();
    for (String id : ids) {
      String name = names.getOrDefault(id, SafeText.oneLine(id));
      if (!result.contains(name)) {
        result.add(name);
      }
    }
    return result;
  }

  private void agreement(ZonePlan plan, ImmutablePlanRow.Builder row) {
    Optional<ProgrammeAgreement> agreement = plan.agreement();
    if (agreement.isEmpty()) {
      row.agreementState(AgreementState.NONE);
      return;
    }
    Optional<LocalDate> signed = agreement.get().signatureDate();
    if (signed.isPresent()) {
      row.agreementState(AgreementState.SIGNED).signatureDate(signed);
    } else if (agreement.get().regionalSignatureDeadline().filter(asOf::isAfter).isPresent()) {
      row.agreementState(AgreementState.OVERDUE);
    } else {
      row.agreementState(AgreementState.UNSIGNED);
    }
  }

  static ReadFailure ioFailure(Path file, IOException e) {
    String location = SafeText.oneLine(file.toString());
    if (e instanceof NoSuchFileException) {
      return ReadFailure.of(location, "file inesistente", "no such file");
    }
    if (e instanceof AccessDeniedException) {
      return ReadFailure.of(location, "permesso di lettura negato", "permission denied");
    }
    String detail = SafeText.oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    return ReadFailure.of(location, "errore di lettura: " + detail, "read error: " + detail);
  }
}
