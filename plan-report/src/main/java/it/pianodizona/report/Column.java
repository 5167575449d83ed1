package it.pianodizona.report;

import org.immutables.value.Value;

/** Colonna di tabella: a column header; numeric columns are right-aligned like their cells. */
@Value.Immutable
public abstract class Column {

  /** The header text. */
  @Value.Parameter
  public abstract String header();

  /** Whether the column holds numbers. */
  @Value.Parameter
  public abstract boolean numeric();

  /** A text column. */
  public static Column text(String header) {
    return ImmutableColumn.of(header, false);
  }

  /** A numeric column. */
  public static Column numeric(String header) {
    return ImmutableColumn.of(header, true);
  }
}
