package it.pianodizona.model.objective;

import it.pianodizona.model.common.PartialDate;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** Misurazione / rilevazione: a value an indicator took at a date. */
@Value.Immutable
public interface Measurement {

  PartialDate date();

  BigDecimal value();

  Optional<String> notes();

  static ImmutableMeasurement.Builder builder() {
    return ImmutableMeasurement.builder();
  }
}
