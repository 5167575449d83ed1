package it.pianodizona.model.governance;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;

/** Periodicità: how often a body meets, e.g. "di norma 1 incontro al mese". */
@Value.Immutable
public interface Cadence {

  /** Meetings per unit. */
  int meetings();

  CadenceUnit per();

  Optional<String> statedAs();

  static ImmutableCadence.Builder builder() {
    return ImmutableCadence.builder();
  }

  @Value.Check
  default void check() {
    checkArgument(meetings() > 0, "a cadence needs at least one meeting, got %s", meetings());
  }
}
