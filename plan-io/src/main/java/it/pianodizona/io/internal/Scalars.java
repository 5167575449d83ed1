package it.pianodizona.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.CharMatcher;
import it.pianodizona.io.internal.ReadContext.Expected;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.common.Percentage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Codifiche dei valori semplici: strings, numbers, money, dates, times and enums, each with the
 * exact JSON form of docs/JSON-FORMAT.md. Numbers are read as {@link BigDecimal} from their
 * text and never pass through {@code double}.
 */
public final class Scalars {

  /**
   * Numbers whose exponent reaches beyond 10^±100 are refused: "1e-999999999" is eleven
   * characters long and would make any later sum allocate a billion digits.
   */
  public static final int MAX_DECIMAL_SCALE = 100;

  /**
   * Amounts are below a million billion euros in absolute value (fifteen integer digits), so
   * that every amount is written plainly with its two decimals.
   */
  public static final BigDecimal MONEY_LIMIT = new BigDecimal("1000000000000000");

  /** Four-digit years: the ISO forms of dates only round-trip within them. */
  public static final int MIN_YEAR = 0;
  public static final int MAX_YEAR = 9999;

  private static final CharMatcher ASCII_DIGITS = CharMatcher.inRange('0', '9');
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?");
  private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private Scalars() {}

  public static final Codec<String> STRING = new Codec<>() {
    @Override
    public String read(JsonParser p, ReadContext ctx) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw ctx.wrongType(p, Expected.STRING);
      }
      String text = p.getText();
      int surrogate = unpairedSurrogate(text);
      if (surrogate >= 0) {
        String code = String.format(Locale.ROOT, "\\u%04X", (int) text.charAt(surrogate));
        throw ctx.invalidValue(p,
            "testo con un surrogato UTF-16 isolato (" + code + " al carattere " + (surrogate + 1) + "): non è testo Unicode",
            "text with an unpaired UTF-16 surrogate (" + code + " at character " + (surrogate + 1) + "): not Unicode text",
            null);
      }
      return text;
    }

    @Override
    public void write(String value, JsonGenerator g) throws IOException {
      writeText(value, g);
    }

    @Override
    ObjectNode schema(SchemaGenerator schema) {
      return schema.node().put("type", "string");
    }
  };

  /**
   * The index of the first surrogate without its partner, or -1. Such a string is not Unicode
   * text: UTF-8 cannot encode it, and Jackson's UTF-8 writer silently merges it with the next
   * character into another one. I-JSON (RFC 7493 section 2.1) excludes it from documents.
   */
  static int unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Writes text, refusing what the format cannot carry rather than writing something else. */
  static void writeText(String value, JsonGenerator g) throws IOException {
    int surrogate = unpairedSurrogate(value);
    if (surrogate >= 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "cannot write text with an unpaired UTF-16 surrogate (\\u%04X at index %d): it is not Unicode text",
          (int) value.charAt(surrogate), surrogate));
    }
    g.writeString(value);
  }

  /** A string of exactly {@code count} ASCII digits, such as the six of an ISTAT code. */
  public static Codec<String> digitString(int count, String italianName, String englishName) {
    return new Codec<>() {
      @Override
      public String read(JsonParser p, ReadContext ctx) throws IOException {
        String text = STRING.read(p, ctx);
        if (text.length() != count || !ASCII_DIGITS.matchesAllOf(text)) {
          throw ctx.invalidValue(p, ReadContext.quote(text) + " non è " + italianName,
              ReadContext.quote(text) + " is not " + englishName, null);
        }
        return text;
      }

      @Override
      public void write(String value, JsonGenerator g) throws IOException {
        writeText(value, g);
      }

      @Override
      ObjectNode schema(SchemaGenerator schema) {
        return schema.node().put("type", "string").put("pattern", "^\\d{" + count + "}$");
      }
    };
  }

  public static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    public Boolean read(JsonParser p, ReadContext ctx) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_TRUE) {
        return Boolean.TRUE;
      }
      if (token == JsonToken.VALUE_FALSE) {
        return Boolean.FALSE;
      }
      throw ctx.wrongType(p, Expected.BOOLEAN);
    }

    @Override
    public void write(Boolean value, JsonGenerator g) throws IOException {
      g.writeBoolean(value);
    }

    @Override
    ObjectNode schema(SchemaGenerator schema) {
      return schema.node().put("type", "boolean");
    }
  };

  /** A whole number between {@code min} and {@code max}, both included. */
  public static Codec<Integer> integer(int min, int max) {
    return new Codec<>() {
      @Override
      public Integer read(JsonParser p, ReadContext ctx) throws IOException {
        return readInt(p, ctx, min, max);
      }

      @Override
      public void write(Integer value, JsonGenerator g) throws IOException {
        g.writeNumber(value);
      }

      @Override
      ObjectNode schema(SchemaGenerator schema) {
        ObjectNode node = schema.node().put("type", "integer");
        if (min != Integer.MIN_VALUE) {
          node.put("minimum", min);
        }
        if (max != Integer.MAX_VALUE) {
          node.put("maximum", max);
        }
        return node;
      }
    };
  }

  /** Any whole number that fits in an {@code int}. */
  public static final Codec<Integer> INT = integer(Integer.MIN_VALUE, Integer.MAX_VALUE);

  static int readInt(JsonParser p, ReadContext ctx, int min, int max) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw ctx.wrongType(p, Expected.INTEGER);
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw outOfRange(p, ctx, min, max);
    }
    int value = p.getIntValue();
    if (value < min || value > max) {
      throw outOfRange(p, ctx, min, max);
    }
    return value;
  }

  private static RuntimeException outOfRange(JsonParser p, ReadContext ctx, long min, long max)
      throws IOException {
    String range = (min == Integer.MIN_VALUE ? "" : "da " + min + " ")
        + (max == Integer.MAX_VALUE ? "" : "a " + max);
    String rangeEn = (min == Integer.MIN_VALUE ? "" : "from " + min + " ")
        + (max == Integer.MAX_VALUE ? "" : "to " + max);
    String text = ReadContext.quote(p.getText());
    if (range.isEmpty()) {
      return ctx.invalidValue(p, "numero " + text + " troppo grande", "number " + text + " is too large", null);
    }
    return ctx.invalidValue(p, "numero " + text + " fuori intervallo (" + range.trim() + ")",
        "number " + text + " out of range (" + rangeEn.trim() + ")", null);
  }

  /** Any decimal, as given: its scale is kept, so {@code 29.0} stays {@code 29.0}. */
  public static final Codec<BigDecimal> DECIMAL = new Codec<>() {
    @Override
    public BigDecimal read(JsonParser p, ReadContext ctx) throws IOException {
      return readDecimal(p, ctx);
    }

    @Override
    public void write(BigDecimal value, JsonGenerator g) throws IOException {
      writeDecimal(value, g);
    }

    @Override
    ObjectNode schema(SchemaGenerator schema) {
      return schema.node().put("type", "number");
    }
  };

  static BigDecimal readDecimal(JsonParser p, ReadContext ctx) throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw ctx.wrongType(p, Expected.NUMBER);
    }
    BigDecimal value;
    try {
      value = p.getDecimalValue();
    } catch (NumberFormatException e) {
      // An exponent beyond the range of an int ("1e2147483648"): no BigDecimal can hold it.
      throw outOfDecimalRange(p, ctx, e);
    }
    if (Math.abs(value.scale()) > MAX_DECIMAL_SCALE) {
      throw outOfDecimalRange(p, ctx, null);
    }
    return value;
  }

  private static RuntimeException outOfDecimalRange(JsonParser p, ReadContext ctx, Throwable cause)
      throws IOException {
    String text = ReadContext.quote(p.getText());
    return ctx.invalidValue(p,
        "numero " + text + " fuori dall'intervallo ammesso (esponente oltre ±" + MAX_DECIMAL_SCALE + ")",
        "number " + text + " out of the supported range (exponent beyond ±" + MAX_DECIMAL_SCALE + ")", cause);
  }

  /**
   * {@link BigDecimal#toString()} is exact (it keeps the scale) and never longer than the
   * digits themselves; for every ordinary figure it is the plain form, {@code 15000.00}.
   */
  static void writeDecimal(BigDecimal value, JsonGenerator g) throws IOException {
    g.writeNumber(value.toString());
  }

  public static final Codec<Money> MONEY = new Codec<>() {
    @Override
    public Money read(JsonParser p, ReadContext ctx) throws IOException {
      BigDecimal value = readDecimal(p, ctx);
      if (value.abs().compareTo(MONEY_LIMIT) >= 0) {
        String text = ReadContext.quote(p.getText());
        throw ctx.invalidValue(p, "importo " + text + " troppo grande (al massimo 15 cifre intere)",
            "amount " + text + " is too large (at most 15 integer digits)", null);
      }
      try {
        return Money.of(value);
      } catch (IllegalArgumentException e) {
        String text = ReadContext.quote(p.getText());
        throw ctx.invalidValue(p, "importo " + text + " con più di 2 decimali: un importo in euro si ferma al centesimo",
            "amount " + text + " has more than 2 decimals: an amount in euros stops at the cent", e);
      }
    }

    @Override
    public void write(Money value, JsonGenerator g) throws IOException {
      if (value.amount().abs().compareTo(MONEY_LIMIT) >= 0) {
        throw new IllegalArgumentException("cannot write the amount " + value
            + ": the JSON format has amounts below 10^15 euros");
      }
      g.writeNumber(value.amount().toPlainString());
    }

    @Override
    ObjectNode schema(SchemaGenerator schema) {
      BigDecimal max = MONEY_LIMIT.subtract(new BigDecimal("0.01"));
      return schema.node().put("type", "number").put("multipleOf", new BigDecimal("0.01"))
          .put("minimum", max.negate()).put("maximum", max);
    }
  };

  public static final Codec<Percentage> PERCENTAGE = new Codec<>() {
    @Override
    public Percentage read(JsonParser p, ReadContext ctx) throws IOException {
      BigDecimal value = readDecimal(p, ctx);
      try {
        return Percentage.of(value);
      } catch (IllegalArgumentException e) {
        String text = ReadContext.quote(p.getText());
        throw ctx.invalidValue(p, "percentuale " + text + " fuori da 0-100",
            "percentage " + text + " is not between 0 and 100", e);
      }
    }

    @Override
    public void write(Percentage value, JsonGenerator g) throws IOException {
      writeDecimal(value.value(), g);
    }

    @Override
    ObjectNode schema(SchemaGenerator schema) {
      return schema.node().put("type", "number").put("minimum", 0).put("maximum", 100);
    }
  };

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
            throw ctx.invalidValue(p, "data inesistente " + ReadContext.quote(text),
                "no such date " + ReadContext.quote(text), e);
          }
        }
      }
      throw ctx.invalidValue(p, "data " + ReadContext.quote(text) + " non nella forma aaaa-mm-gg",
          "date " + ReadContext.quote(text) + " is not of the form yyyy-mm-dd", null);
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
      // Meetings give hours and minutes; seconds, rarer, go the slower way.
      int hour = text.length() == 5 && text.charAt(2) == ':' ? digits(text, 0, 2) : -1;
      int minute = hour >= 0 ? digits(text, 3, 5) : -1;
      if (hour >= 0 && hour < 24 && minute >= 0 && minute < 60) {
        return LocalTime.of(hour, minute);
      }
      if (TIME.matcher(text).matches()) {
        return LocalTime.parse(text);
      }
      throw ctx.invalidValue(p, "ora " + ReadContext.quote(text) + " non nella forma hh:mm",
          "time " + ReadContext.quote(text) + " is not of the form hh:mm", null);
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
        throw ctx.invalidValue(p, "data " + ReadContext.quote(text) + " non nella forma aaaa, aaaa-mm o aaaa-mm-gg",
            "date " + ReadContext.quote(text) + " is not of the form yyyy, yyyy-mm or yyyy-mm-dd", null);
      }
      try {
        return length == 4 ? PartialDate.of(Year.of(year))
            : length == 7 ? PartialDate.of(YearMonth.of(year, month))
            : PartialDate.of(LocalDate.of(year, month, day));
      } catch (DateTimeException | IllegalArgumentException e) {
        throw ctx.invalidValue(p, "data inesistente " + ReadContext.quote(text),
            "no such date " + ReadContext.quote(text), e);
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

  /** An enum constant as its lower-case name: {@code IN_PERSON} is {@code "in_person"}. */
  public static <E extends Enum<E>> Codec<E> enumCodec(Class<E> type) {
    E[] constants = type.getEnumConstants();
    SerializableString[] names = new SerializableString[constants.length];
    char[][] chars = new char[constants.length][];
    StringJoiner allowed = new StringJoiner(", ");
    for (E constant : constants) {
      String name = jsonName(constant);
      names[constant.ordinal()] = new SerializedString(name);
      chars[constant.ordinal()] = name.toCharArray();
      allowed.add(name);
    }
    return new Codec<>() {
      @Override
      public E read(JsonParser p, ReadContext ctx) throws IOException {
        // Matched in Jackson's own buffer: no string to build and hash for a handful of names.
        if (p.currentToken() == JsonToken.VALUE_STRING) {
          char[] buffer = p.getTextCharacters();
          int offset = p.getTextOffset();
          int length = p.getTextLength();
          for (int i = 0; i < chars.length; i++) {
            if (chars[i].length == length && Arrays.equals(chars[i], 0, length, buffer, offset, offset + length)) {
              return constants[i];
            }
          }
        }
        // Not a string, or none of the names: STRING.read refuses the first, this the second.
        String text = STRING.read(p, ctx);
        throw ctx.invalidValue(p,
            "valore " + ReadContext.quote(text) + " non ammesso per " + type.getSimpleName() + "; ammessi: " + allowed,
            "value " + ReadContext.quote(text) + " is not a " + type.getSimpleName() + "; allowed: " + allowed, null);
      }

      @Override
      public void write(E value, JsonGenerator g) throws IOException {
        g.writeString(names[value.ordinal()]);
      }

      @Override
      ObjectNode schema(SchemaGenerator schema) {
        ObjectNode node = schema.node().put("type", "string");
        ArrayNode values = node.putArray("enum");
        for (E constant : constants) {
          values.add(jsonName(constant));
        }
        return node;
      }
    };
  }

  /** The JSON form of an enum constant. */
  public static String jsonName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}
