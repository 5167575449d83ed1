package it.pianodizona.testkit.assertions;

import com.google.common.collect.ImmutableSet;
import it.pianodizona.rules.Finding;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.ValidationReport;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Asserzioni sugli esiti: AssertJ assertions for validation reports.
 *
 * <pre>{@code
 * assertThat(report).hasFinding("BUDGET_TOTAL_MISMATCH").at("/budget/declaredTotals/2").withSeverity(ERROR);
 * assertThat(report).hasNoErrors();
 * }</pre>
 */
public class ReportAssert extends AbstractAssert<ReportAssert, ValidationReport> {

  /** For subclasses that add assertions of their own. */
  protected ReportAssert(ValidationReport actual) {
    super(actual, ReportAssert.class);
  }

  /** Starts assertions on this report. */
  public static ReportAssert assertThat(ValidationReport actual) {
    return new ReportAssert(actual);
  }

  /** The findings of this rule, which must exist. */
  public FindingsAssert hasFinding(String ruleId) {
    isNotNull();
    List<Finding> findings = actual.byRule(ruleId).findings();
    if (findings.isEmpty()) {
      failWithMessage("Expected a finding of %s but the report has none; it has:%n%s", ruleId, describe());
    }
    return new FindingsAssert(findings, this);
  }

  /** No finding of this rule. */
  public ReportAssert hasNoFinding(String ruleId) {
    isNotNull();
    List<Finding> findings = actual.byRule(ruleId).findings();
    if (!findings.isEmpty()) {
      failWithMessage("Expected no finding of %s but found:%n%s", ruleId, findings);
    }
    return this;
  }

  /** No error that is not waived. */
  public ReportAssert hasNoErrors() {
    isNotNull();
    if (actual.hasErrors()) {
      failWithMessage("Expected no errors but found:%n%s", actual.active().bySeverity(Severity.ERROR).findings());
    }
    return this;
  }

  /** No finding at all, waived or not. */
  public ReportAssert hasNoFindings() {
    isNotNull();
    if (!actual.isEmpty()) {
      failWithMessage("Expected no findings but found:%n%s", describe());
    }
    return this;
  }

  /** Findings of exactly these rules, and of no other. */
  public ReportAssert hasOnlyFindingsOf(String... ruleIds) {
    isNotNull();
    if (!actual.ruleIds().equals(ImmutableSet.copyOf(ruleIds))) {
      failWithMessage("Expected findings of exactly %s but the report has:%n%s", List.of(ruleIds), describe());
    }
    return this;
  }

  /** This many findings of this severity that are not waived. */
  public ReportAssert hasCount(Severity severity, int expected) {
    isNotNull();
    if (actual.count(severity) != expected) {
      failWithMessage("Expected %s findings of severity %s but found %s:%n%s",
          expected, severity, actual.count(severity), describe());
    }
    return this;
  }

  private String describe() {
    StringBuilder s = new StringBuilder();
    actual.findings().forEach(f -> s.append("  ").append(f).append(System.lineSeparator()));
    return s.length() == 0 ? "  (no findings)" : s.toString();
  }
}
