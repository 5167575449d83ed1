package it.pianodizona.rules;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Rilievo: one thing wrong (or worth a look) in a plan: which rule found it, how serious it is,
 * where it is (a JSON Pointer into the plan's JSON form), why (a message in the report's
 * language), under which norm, and the values involved as data.
 *
 * <p>The values are plain Java values keyed by name: {@code String}, {@code Integer},
 * {@code BigDecimal} (money in euros with 2 decimals, percentages as computed),
 * {@code LocalDate}, enum constants of the model, or immutable lists of these. The usual names
 * are {@code expected}, {@code actual} and {@code tolerance}; others name what the message
 * speaks of, e.g. {@code year} or {@code municipality}.
 *
 * <p>A finding covered by a {@link Waiver} stays in the report, marked as waived, and is not
 * counted among the report's errors, warnings or infos.
 */
@Value.Immutable
public abstract class Finding {

  public abstract String ruleId();

  /** The severity after the options' overrides. */
  public abstract Severity severity();

  /** JSON Pointer into the plan, e.g. {@code /objectives/0/milestones/1}; empty for the plan. */
  public abstract String path();

  /** The message in the report's language. */
  public abstract String message();

  /** The norm or document that makes this a finding. */
  public abstract String reference();

  public abstract ImmutableMap<String, Object> values();

  /** The waiver that covers this finding, if one does. */
  public abstract Optional<Waiver> waiver();

  public static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }

  public boolean isWaived() {
    return waiver().isPresent();
  }

  public Optional<Object> value(String name) {
    return Optional.ofNullable(values().get(name));
  }

  /** The value the plan should have had, where the rule knows one. */
  public Optional<Object> expected() {
    return value("expected");
  }

  /** The value the plan has. */
  public Optional<Object> actual() {
    return value("actual");
  }

  /** The tolerance the comparison allowed. */
  public Optional<Object> tolerance() {
    return value("tolerance");
  }

  @Override
  public String toString() {
    return severity() + " " + ruleId() + " at '" + path() + "'" + (isWaived() ? " (waived)" : "")
        + ": " + message();
  }
}
