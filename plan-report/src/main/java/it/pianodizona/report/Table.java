package it.pianodizona.report;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * Tabella: a captioned data table. The first cell of each row names the row (a row header) unless
 * {@link #rowHeaders()} is off; total rows go to the table's foot.
 */
@Value.Immutable
public abstract class Table implements Block {

  /** The caption, read out by screen readers and printed above the table. */
  public abstract String caption();

  /** The columns. */
  public abstract ImmutableList<Column> columns();

  /** The body rows. */
  public abstract ImmutableList<Row> rows();

  /** Total rows, printed in the table's foot. */
  public abstract ImmutableList<Row> totals();

  /** Whether the first cell of each row is its header ({@code <th scope="row">}). */
  @Value.Default
  public boolean rowHeaders() {
    return true;
  }

  /**
   * Whether readers may sort the table by a column in the browser. Sorting is an enhancement:
   * the table is complete and readable without it, in print and without JavaScript.
   */
  @Value.Default
  public boolean sortable() {
    return false;
  }

  @Value.Check
  void check() {
    Preconditions.checkState(!columns().isEmpty(), "table %s has no column", caption());
    for (Row row : ImmutableList.<Row>builder().addAll(rows()).addAll(totals()).build()) {
      Preconditions.checkState(row.cells().size() == columns().size(),
          "table %s: a row has %s cells for %s columns", caption(), row.cells().size(), columns().size());
    }
  }

  /** A builder. */
  public static ImmutableTable.Builder builder() {
    return ImmutableTable.builder();
  }
}
