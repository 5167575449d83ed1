package it.pianodizona.report;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/** Elenco di dati chiave: figures shown side by side as a description list. */
@Value.Immutable
public abstract class KeyFigureList implements Block {

  /** An optional heading over the figures (a caption, not a section heading). */
  public abstract Optional<String> title();

  /** The figures, in order. */
  public abstract ImmutableList<KeyFigure> figures();

  @Value.Check
  void check() {
    Preconditions.checkState(!figures().isEmpty(), "a key figure list needs a figure");
  }

  /** A list of the given figures. */
  public static KeyFigureList of(Iterable<KeyFigure> figures) {
    return ImmutableKeyFigureList.builder().addAllFigures(figures).build();
  }

  /** A builder. */
  public static ImmutableKeyFigureList.Builder builder() {
    return ImmutableKeyFigureList.builder();
  }
}
