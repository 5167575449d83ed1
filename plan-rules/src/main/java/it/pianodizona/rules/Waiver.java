package it.pianodizona.rules;

import static com.google.common.base.Preconditions.checkArgument;

import it.pianodizona.rules.spi.JsonPointers;
import org.immutables.value.Value;

/**
 * Deroga: a decision that a finding of one rule at one path (or under a path) is accepted, with
 * the reason. A waived finding stays in the report, marked as waived, and does not count among
 * its errors or warnings.
 */
@Value.Immutable
public abstract class Waiver {

  public abstract String ruleId();

  /** A JSON Pointer: the exact path, or the prefix when {@link #prefix()} is set. */
  public abstract String path();

  /** Whether the waiver covers every path under {@link #path()}, not only the path itself. */
  @Value.Default
  public boolean prefix() {
    return false;
  }

  /** Why the finding is accepted, e.g. "importi arrotondati nel documento approvato". */
  public abstract String reason();

  public static ImmutableWaiver.Builder builder() {
    return ImmutableWaiver.builder();
  }

  /** A waiver for the finding of {@code ruleId} at exactly {@code path}. */
  public static Waiver of(String ruleId, String path, String reason) {
    return builder().ruleId(ruleId).path(path).reason(reason).build();
  }

  /** A waiver for the findings of {@code ruleId} at {@code path} and under it. */
  public static Waiver under(String ruleId, String path, String reason) {
    return builder().ruleId(ruleId).path(path).prefix(true).reason(reason).build();
  }

  /** Whether this waiver covers a finding of this rule at this path. */
  public boolean covers(String findingRuleId, String findingPath) {
    return ruleId().equals(findingRuleId)
        && (prefix() ? JsonPointers.isUnder(findingPath, path()) : path().equals(findingPath));
  }

  @Value.Check
  protected void check() {
    checkArgument(!reason().isBlank(), "a waiver of %s at '%s' needs a reason", ruleId(), path());
    checkArgument(path().isEmpty() || path().startsWith("/"),
        "a waiver's path is a JSON Pointer, empty or starting with '/', got '%s'", path());
  }
}
