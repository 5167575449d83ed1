package it.pianodizona.io.internal;

import static it.pianodizona.io.internal.NumberCodecs.readInt;
import static it.pianodizona.io.internal.TextCodecs.STRING;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianodizona.model.common.PartialDate;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * Codifiche delle date: years, dates, times and partial dates in their ISO forms
 * (docs/JSON-FORMAT.md), read by hand and refused when they name no real day.
 */
public final class DateCodecs {

  /** Four-digit years: the ISO forms of dates only round-trip within them. */
  public static final int MIN_YEAR = 0;
  public static final int MAX_YEAR = 9999;

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?");
  private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private DateCodecs() {}

  public static final Codec<Year> YEAR = new Codec<>() {
    @Override
    public Year read(JsonParser p, ReadContext ctx) throws IOException {
      return Year.of(readInt(p, ctx, MIN_YEAR, MAX_YEAR));
    }

    @Override
    public void write(Year value, JsonGenerator g) throws IOException {
      g.writeNumber(checkYear(value.getValue(), value));
    }

    @Override
    ObjectNode schema(SchemaGenerator schema) {
      return schema.node().put("type", "integer").put("minimum", MIN_YEAR).put("maximum", MAX_YEAR);
    }
  };

  public static final Codec<LocalDate> DATE_CODEC = new Codec<>() {
    @Override
    public LocalDate read(JsonParser p, ReadContext ctx) throws IOException {
      String text = STRING.read(p, ctx);
      if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year >= 0 && month >= 0 && day >= 0) {
          try {
            return LocalDate.of(year, month, day);
          } catch (DateTimeException e) {
            throw ctx.invalidValue(p, e, "INVALID_VALUE.noSuchDate", "value", ReadContext.quote(text));
          }
        }
      }
      throw ctx.invalidValue(p, null, "INVALID_VALUE.dateForm", "value", ReadContext.quote(text));
    }

    @Override
    public void write(LocalDate value, JsonGenerator g) throws IOException {
      checkYear(value.getYear(), value);
      g.writeString(value.toString());
    }

    @Override
    ObjectNode schema(SchemaGenerator schema) {
      return schema.node().put("type", "string").put("format", "date")
          .put("pattern", "^" + DATE.pattern() + "$");
    }
  };

  /**
   * The number written with the ASCII digits {@code text[from, to)}, or -1 if any is not a
   * digit. Dates are read by hand: a formatter or a regular expression costs more than the
   * rest of the field.
   */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  public static final Codec<LocalTime> TIME_CODEC = new Codec<>() {
    @Override
    public LocalTime read(JsonParser p, ReadContext ctx) throws IOException {
      String text = STRING.read(p, ctx);
      // Times are few (a meeting's start and end), so one pattern serves them all: the hand-read
      // hh:mm path it replaced gave the same times and was never measured to matter.
      if (TIME.matcher(text).matches()) {
        return LocalTime.parse(text);
      }
      throw ctx.invalidValue(p, null, "INVALID_VALUE.timeForm", "value", ReadContext.quote(text));
    }

    @Override
    public void write(LocalTime value, JsonGenerator g) throws IOException {
      g.writeString(value.toString());
    }

    @Override
    ObjectNode schema(SchemaGenerator schema) {
      return schema.node().put("type", "string").put("pattern", "^" + TIME.pattern() + "$");
    }
  };

  public static final Codec<PartialDate> PARTIAL_DATE_CODEC = new Codec<>() {
    @Override
    public PartialDate read(JsonParser p, ReadContext ctx) throws IOException {
      String text = STRING.read(p, ctx);
      int length = text.length();
      int year = length >= 4 ? digits(text, 0, 4) : -1;
      int month = length >= 7 && text.charAt(4) == '-' ? digits(text, 5, 7) : -1;
      int day = length == 10 && text.charAt(7) == '-' ? digits(text, 8, 10) : -1;
      if (year < 0 || (length == 7 && month < 0) || (length == 10 && (month < 0 || day < 0))
          || (length != 4 && length != 7 && length != 10)) {
        throw ctx.invalidValue(p, null, "INVALID_VALUE.partialDateForm", "value", ReadContext.quote(text));
      }
      try {
        return length == 4 ? PartialDate.of(Year.of(year))
            : length == 7 ? PartialDate.of(YearMonth.of(year, month))
            : PartialDate.of(LocalDate.of(year, month, day));
      } catch (DateTimeException | IllegalArgumentException e) {
        throw ctx.invalidValue(p, e, "INVALID_VALUE.noSuchDate", "value", ReadContext.quote(text));
      }
    }

    @Override
    public void write(PartialDate value, JsonGenerator g) throws IOException {
      checkYear(value.year(), value);
      g.writeString(value.toString());
    }

    @Override
    ObjectNode schema(SchemaGenerator schema) {
      return schema.node().put("type", "string").put("pattern", "^" + PARTIAL_DATE.pattern() + "$");
    }
  };

  private static int checkYear(int year, Object value) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException("cannot write " + value
          + ": the JSON format has four-digit years, " + MIN_YEAR + " to " + MAX_YEAR);
    }
    return year;
  }

}
