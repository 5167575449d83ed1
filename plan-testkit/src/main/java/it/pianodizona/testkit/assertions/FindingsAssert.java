package it.pianodizona.testkit.assertions;

import it.pianodizona.rules.Finding;
import it.pianodizona.rules.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Asserzioni su rilievi: the findings of one rule, narrowed step by step (by path, severity,
 * value, message); each step fails if nothing is left.
 */
public class FindingsAssert extends AbstractAssert<FindingsAssert, List<Finding>> {

  private final ReportAssert report;

  FindingsAssert(List<Finding> actual, ReportAssert report) {
    super(actual, FindingsAssert.class);
    this.report = report;
  }

  private FindingsAssert narrow(Predicate<Finding> test, String description) {
    List<Finding> kept = actual.stream().filter(test).toList();
    if (kept.isEmpty()) {
      failWithMessage("Expected a finding %s among:%n%s", description, actual);
    }
    return new FindingsAssert(kept, report);
  }

  /** Findings at exactly this JSON Pointer. */
  public FindingsAssert at(String path) {
    return narrow(f -> f.path().equals(path), "at '" + path + "'");
  }

  /** Findings of this severity. */
  public FindingsAssert withSeverity(Severity severity) {
    return narrow(f -> f.severity() == severity, "of severity " + severity);
  }

  /** Findings whose value of this name equals the given one (numbers compared by value). */
  public FindingsAssert withValue(String name, Object value) {
    return narrow(f -> f.value(name).filter(v -> sameValue(v, value)).isPresent(), "with " + name + " = " + value);
  }

  /** Findings with exactly this message (in the report's language). */
  public FindingsAssert withMessage(String message) {
    return narrow(f -> f.message().equals(message), "with message \"" + message + "\"");
  }

  /** Findings whose message contains this text. */
  public FindingsAssert withMessageContaining(String text) {
    return narrow(f -> f.message().contains(text), "with a message containing \"" + text + "\"");
  }

  /** Findings that cite this norm or document, e.g. {@code L. 328/2000 art. 19}. */
  public FindingsAssert withReference(String reference) {
    return narrow(f -> f.reference().equals(reference), "citing \"" + reference + "\"");
  }

  /** Findings that a waiver covers. */
  public FindingsAssert waived() {
    return narrow(Finding::isWaived, "that is waived");
  }

  /** Findings that no waiver covers. */
  public FindingsAssert notWaived() {
    return narrow(f -> !f.isWaived(), "that is not waived");
  }

  /** Exactly this many findings are left. */
  public FindingsAssert times(int expected) {
    if (actual.size() != expected) {
      failWithMessage("Expected %s findings but found %s:%n%s", expected, actual.size(), actual);
    }
    return this;
  }

  /** Back to the report, to assert on other rules. */
  public ReportAssert and() {
    return report;
  }

  private static boolean sameValue(Object actual, Object expected) {
    if (actual instanceof BigDecimal && expected instanceof BigDecimal) {
      return ((BigDecimal) actual).compareTo((BigDecimal) expected) == 0;
    }
    return Objects.equals(actual, expected);
  }
}
