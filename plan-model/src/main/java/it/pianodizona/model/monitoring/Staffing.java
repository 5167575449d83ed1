package it.pianodizona.model.monitoring;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Personale impiegato: the staff of one role at work on the plan in a monitored year, as a head
 * count, as full-time equivalents, or both.
 */
@Value.Immutable
public interface Staffing {

  /** E.g. "Assistente sociale". */
  String role();

  /** The objective the staff works for; absent for the plan as a whole. */
  Optional<String> objectiveId();

  Optional<Integer> headcount();

  /** Unità equivalenti a tempo pieno. */
  Optional<BigDecimal> fullTimeEquivalents();

  Optional<String> notes();

  static ImmutableStaffing.Builder builder() {
    return ImmutableStaffing.builder();
  }

  @Value.Check
  default void check() {
    checkArgument(headcount().orElse(0) >= 0, "a head count cannot be negative");
    checkArgument(fullTimeEquivalents().map(f -> f.signum() >= 0).orElse(true),
        "full-time equivalents cannot be negative");
  }
}
