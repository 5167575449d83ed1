package it.pianodizona.report;

import java.util.Optional;
import org.immutables.value.Value;

/** Dato chiave: a labelled figure shown large (total budget, period, objectives met). */
@Value.Immutable
public abstract class KeyFigure {

  /** What the figure is. */
  public abstract String label();

  /** The figure: a text, a number in a format, or a status. */
  public abstract Cell value();

  /** A short line under the figure (its source, its unit, its year). */
  public abstract Optional<String> detail();

  /** A key figure without detail. */
  public static KeyFigure of(String label, Cell value) {
    return ImmutableKeyFigure.builder().label(label).value(value).build();
  }

  /** A key figure with a detail line. */
  public static KeyFigure of(String label, Cell value, String detail) {
    return ImmutableKeyFigure.builder().label(label).value(value).detail(detail).build();
  }
}
