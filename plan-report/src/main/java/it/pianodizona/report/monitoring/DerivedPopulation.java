package it.pianodizona.report.monitoring;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Popolazione derivata: where a population that nobody gave comes from: the sum of the member
 * municipalities' populations in a registry, as of a date. The report says so next to the figure.
 */
@Value.Immutable
public abstract class DerivedPopulation {

  /** How many municipalities were summed. */
  public abstract int municipalities();

  /** The date the municipalities' figures refer to (e.g. the census day). */
  public abstract LocalDate referenceDate();

  /** The registry's own words on the source, e.g. "ISTAT, popolazione legale … 2011". */
  public abstract String source();

  /** A derived population. */
  public static DerivedPopulation of(int municipalities, LocalDate referenceDate, String source) {
    return ImmutableDerivedPopulation.builder().municipalities(municipalities).referenceDate(referenceDate)
        .source(source).build();
  }
}
