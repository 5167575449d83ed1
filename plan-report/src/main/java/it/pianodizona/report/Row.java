package it.pianodizona.report;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.immutables.value.Value;

/** Riga di tabella: one cell per column. */
@Value.Immutable
public abstract class Row {

  /** The cells, one per column of the table. */
  @Value.Parameter
  public abstract ImmutableList<Cell> cells();

  /** A row of the given cells. */
  public static Row of(Cell... cells) {
    return ImmutableRow.of(List.of(cells));
  }

  /** A row of the given cells. */
  public static Row of(Iterable<? extends Cell> cells) {
    return ImmutableRow.of(cells);
  }
}
