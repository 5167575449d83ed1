package it.pianodizona.report;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Cella di tabella: a text, a number in a {@link ValueFormat} (right-aligned), an unknown number
 * (shown as "n.d.", never as zero), or a {@link Status} with an optional text.
 */
@Value.Immutable
public abstract class Cell {

  /** The text of a text cell, or the words after a status; empty for a number cell. */
  @Value.Default
  public String text() {
    return "";
  }

  /** The number; empty in a text cell and in a numeric cell whose value is unknown. */
  public abstract Optional<BigDecimal> number();

  /** How the number is written; present exactly for numeric cells (right-aligned). */
  public abstract Optional<ValueFormat> format();

  /** The outcome shown with an icon and its word; colour is only an addition. */
  public abstract Optional<Status> status();

  /** Whether the cell holds a number (known or not), so it is right-aligned and sorts numerically. */
  public boolean isNumeric() {
    return format().isPresent();
  }

  @Value.Check
  void check() {
    com.google.common.base.Preconditions.checkState(
        number().isEmpty() || format().isPresent(), "a number needs a format");
  }

  /** A text cell. */
  public static Cell text(String text) {
    return ImmutableCell.builder().text(text).build();
  }

  /** A numeric cell. */
  public static Cell number(BigDecimal value, ValueFormat format) {
    return ImmutableCell.builder().number(value).format(format).build();
  }

  /** A numeric cell whose value may be unknown: a blank is shown as not available, not as zero. */
  public static Cell number(Optional<BigDecimal> value, ValueFormat format) {
    return ImmutableCell.builder().number(value).format(format).build();
  }

  /** A numeric cell whose value is unknown. */
  public static Cell unknown(ValueFormat format) {
    return ImmutableCell.builder().format(format).build();
  }

  /** A status cell: icon and word. */
  public static Cell status(Status status) {
    return ImmutableCell.builder().status(status).build();
  }

  /** A status cell with words after the status, e.g. the measured value. */
  public static Cell status(Status status, String text) {
    return ImmutableCell.builder().status(status).text(text).build();
  }
}
