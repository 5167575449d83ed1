package it.pianodizona.model.territory;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Popolazione dichiarata: the district's resident population as the plan states it, with the date
 * the figure refers to and where it comes from (e.g. "ISTAT, popolazione residente al 1/1/2024").
 * A stated figure is preferred to one derived from the registry of municipalities.
 */
@Value.Immutable
public interface StatedPopulation {

  /** Residenti: the number of inhabitants. */
  int inhabitants();

  /** The day the figure refers to. */
  LocalDate referenceDate();

  /** Where the figure comes from, as the plan names it. */
  String source();

  static ImmutableStatedPopulation.Builder builder() {
    return ImmutableStatedPopulation.builder();
  }

  static StatedPopulation of(int inhabitants, LocalDate referenceDate, String source) {
    return builder().inhabitants(inhabitants).referenceDate(referenceDate).source(source).build();
  }

  @Value.Check
  default void check() {
    checkArgument(inhabitants() > 0, "a population has at least one inhabitant, got %s", inhabitants());
  }
}
