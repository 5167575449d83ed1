package it.pianodizona.report;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import org.immutables.value.Value;

/** Serie di un grafico: a named value per category; an empty value is unknown, drawn as no bar. */
@Value.Immutable
public abstract class Series {

  /** The series name shown in the legend and as a column of the chart's data table. */
  @Value.Parameter
  public abstract String name();

  /** One value per category of the chart, in order; empty where unknown (never zero). */
  @Value.Parameter
  public abstract ImmutableList<Optional<BigDecimal>> values();

  /** A series of known values. */
  public static Series of(String name, BigDecimal... values) {
    return ImmutableSeries.of(name, Arrays.stream(values).map(Optional::of).toList());
  }

  /** A series whose values may be unknown. */
  public static Series ofOptional(String name, Iterable<Optional<BigDecimal>> values) {
    return ImmutableSeries.of(name, values);
  }
}
