package it.pianodizona.model.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Data parziale: a date known to the day, to the month ("entro giugno 2015") or only to the
 * year ("entro il 2017"), as plans state them.
 *
 * <p>The ISO forms are {@code 2015-05-01}, {@code 2015-06} and {@code 2018}. A date that does
 * not exist (30 February) is rejected. {@link #earliest()} and {@link #latest()} give the first
 * and last day the statement can mean, which is what deadline rules compare.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class PartialDate {

  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** How precisely a {@link PartialDate} is known. */
  public enum Precision { YEAR, MONTH, DAY }

  @Value.Parameter
  public abstract int year();

  @Value.Parameter
  public abstract OptionalInt month();

  @Value.Parameter
  public abstract OptionalInt day();

  public static PartialDate of(LocalDate date) {
    return ImmutablePartialDate.of(date.getYear(), OptionalInt.of(date.getMonthValue()),
        OptionalInt.of(date.getDayOfMonth()));
  }

  public static PartialDate of(YearMonth month) {
    return ImmutablePartialDate.of(month.getYear(), OptionalInt.of(month.getMonthValue()),
        OptionalInt.empty());
  }

  public static PartialDate of(Year year) {
    return ImmutablePartialDate.of(year.getValue(), OptionalInt.empty(), OptionalInt.empty());
  }

  /** Parses {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}. */
  public static PartialDate parse(String text) {
    checkArgument(text != null, "date must not be null");
    Matcher m = ISO.matcher(text);
    checkArgument(m.matches(), "not a date of the form yyyy, yyyy-MM or yyyy-MM-dd: '%s'", text);
    int year = Integer.parseInt(m.group(1));
    OptionalInt month = m.group(2) == null ? OptionalInt.empty()
        : OptionalInt.of(Integer.parseInt(m.group(2)));
    OptionalInt day = m.group(3) == null ? OptionalInt.empty()
        : OptionalInt.of(Integer.parseInt(m.group(3)));
    return ImmutablePartialDate.of(year, month, day);
  }

  @Value.Check
  protected void check() {
    checkArgument(day().isEmpty() || month().isPresent(), "a day needs a month");
    try {
      earliest();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("no such date: " + this, e);
    }
  }

  public Precision precision() {
    return day().isPresent() ? Precision.DAY
        : month().isPresent() ? Precision.MONTH : Precision.YEAR;
  }

  /** The first day this statement can mean. */
  public LocalDate earliest() {
    return LocalDate.of(year(), month().orElse(1), day().orElse(1));
  }

  /** The last day this statement can mean: "entro giugno 2015" is met until 30 June. */
  public LocalDate latest() {
    if (day().isPresent()) {
      return earliest();
    }
    if (month().isPresent()) {
      return YearMonth.of(year(), month().getAsInt()).atEndOfMonth();
    }
    return Year.of(year()).atMonth(12).atEndOfMonth();
  }

  /** The ISO form: {@code 2015}, {@code 2015-06} or {@code 2015-06-30}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(String.format("%04d", year()));
    month().ifPresent(mm -> s.append(String.format("-%02d", mm)));
    day().ifPresent(dd -> s.append(String.format("-%02d", dd)));
    return s.toString();
  }
}
