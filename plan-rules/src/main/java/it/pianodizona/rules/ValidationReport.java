package it.pianodizona.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import it.pianodizona.rules.spi.JsonPointers;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * Esito della validazione: the findings about one plan, in a stable order, with counts by
 * severity and filters by rule, severity and path.
 *
 * <p>Counts leave out waived findings, which stay in {@link #findings()} marked as waived.
 * Filters return a report with the same plan, profile, date and language.
 */
@Value.Immutable
public abstract class ValidationReport {

  public abstract String planId();

  /** The id of the regional profile the plan was judged by. */
  public abstract String profileId();

  public abstract Optional<LocalDate> asOf();

  /** The language of the messages. */
  public abstract Locale locale();

  /** Every finding, waived ones included, by path, rule and message. */
  public abstract ImmutableList<Finding> findings();

  public static ImmutableValidationReport.Builder builder() {
    return ImmutableValidationReport.builder();
  }

  /** Findings that are not waived, by severity; every severity is present. */
  @Value.Lazy
  public ImmutableMap<Severity, Integer> counts() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    Arrays.stream(Severity.values()).forEach(s -> counts.put(s, 0));
    findings().stream().filter(f -> !f.isWaived()).forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return ImmutableMap.copyOf(counts);
  }

  /** How many findings of this severity are not waived. */
  public int count(Severity severity) {
    return counts().get(severity);
  }

  public int waivedCount() {
    return (int) findings().stream().filter(Finding::isWaived).count();
  }

  /** Whether any finding that is not waived is an error. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** The ids of the rules with findings, in report order. */
  public ImmutableSet<String> ruleIds() {
    return findings().stream().map(Finding::ruleId).collect(ImmutableSet.toImmutableSet());
  }

  /** This report with only the findings that pass the test. */
  public ValidationReport filter(Predicate<? super Finding> test) {
    return ImmutableValidationReport.copyOf(this)
        .withFindings(findings().stream().filter(test).collect(ImmutableList.toImmutableList()));
  }

  /** Findings of these rules. */
  public ValidationReport byRule(String... ruleIds) {
    ImmutableSet<String> ids = ImmutableSet.copyOf(ruleIds);
    return filter(f -> ids.contains(f.ruleId()));
  }

  /** Findings of this severity. */
  public ValidationReport bySeverity(Severity severity) {
    return filter(f -> f.severity() == severity);
  }

  /** Findings at this JSON Pointer or under it, e.g. {@code /objectives/3}. */
  public ValidationReport underPath(String prefix) {
    return filter(f -> JsonPointers.isUnder(f.path(), prefix));
  }

  /** Findings that are not waived. */
  public ValidationReport active() {
    return filter(f -> !f.isWaived());
  }

  /** Findings that are waived. */
  public ValidationReport waived() {
    return filter(Finding::isWaived);
  }

  public boolean isEmpty() {
    return findings().isEmpty();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Report for ").append(planId()).append(" (")
        .append(profileId()).append(asOf().map(d -> ", as of " + d).orElse("")).append("): ")
        .append(counts());
    findings().forEach(f -> s.append("\n  ").append(f));
    return s.toString();
  }
}
