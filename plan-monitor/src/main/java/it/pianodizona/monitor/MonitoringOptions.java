package it.pianodizona.monitor;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Opzioni del monitoraggio: the as-of date (the only way time enters the assessment), an
 * optional single year to report, and the district's population where it is known.
 */
@Value.Immutable
public interface MonitoringOptions {

  /** Targets falling due after this day are "not yet due". */
  LocalDate asOf();

  /** Report only this year (earlier years still count for cumulative and deadline targets). */
  Optional<Year> year();

  /** Residents of the district, for spending per inhabitant. */
  Optional<Long> population();

  static ImmutableMonitoringOptions.Builder builder() {
    return ImmutableMonitoringOptions.builder();
  }

  static MonitoringOptions asOf(LocalDate asOf) {
    return builder().asOf(asOf).build();
  }

  @Value.Check
  default void check() {
    checkArgument(population().map(p -> p > 0).orElse(true), "a population is positive, got %s",
        (Object) population().orElse(0L));
  }
}
