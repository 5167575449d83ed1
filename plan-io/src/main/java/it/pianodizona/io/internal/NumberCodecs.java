package it.pianodizona.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianodizona.io.internal.ReadContext.Expected;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.Percentage;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Codifiche dei numeri: whole numbers, decimals, money and percentages, each with the exact JSON
 * form of docs/JSON-FORMAT.md. Numbers are read as {@link BigDecimal} from their text and never
 * pass through {@code double}.
 */
public final class NumberCodecs {

  /**
   * Numbers whose exponent reaches beyond 10^±100 are refused: "1e-999999999" is eleven
   * characters long and would make any later sum allocate a billion digits.
   */
  public static final int MAX_DECIMAL_SCALE = 100;

  /**
   * Amounts are below a hundred thousand billion euros (10^14) in absolute value: fourteen
   * integer digits, written plainly with their two decimals. The limit is the schema's exclusive
   * bound, and it is chosen so that validators which read JSON numbers as binary doubles (ajv,
   * Python's jsonschema) reach the same verdict as this reader: 10^14 is a double exactly, and below
   * 2^47 consecutive cents never round onto it (at 10^15, 999999999999999.99 would become 10^15).
   */
  public static final BigDecimal MONEY_LIMIT = new BigDecimal("100000000000000");

  private NumberCodecs() {}

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
        // Both bounds always: the reader holds whole numbers in an int, so 3000000000 is refused
        // even where no smaller maximum is set, and the schema says so (every int is a double exactly).
        return schema.node().put("type", "integer").put("minimum", min).put("maximum", max);
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
    boolean bounded = min != Integer.MIN_VALUE;
    boolean capped = max != Integer.MAX_VALUE;
    String key = bounded && capped ? "INVALID_VALUE.outOfRange"
        : bounded ? "INVALID_VALUE.outOfRange.atLeast"
        : capped ? "INVALID_VALUE.outOfRange.atMost"
        : "INVALID_VALUE.tooLarge";
    return ctx.invalidValue(p, null, key, "value", ReadContext.quote(p.getText()), "min", min, "max", max);
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
    return ctx.invalidValue(p, cause, "INVALID_VALUE.exponent", "value", text, "scale", MAX_DECIMAL_SCALE);
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
        throw ctx.invalidValue(p, null, "INVALID_VALUE.amountTooLarge", "value", text);
      }
      try {
        return Money.of(value);
      } catch (IllegalArgumentException e) {
        String text = ReadContext.quote(p.getText());
        throw ctx.invalidValue(p, e, "INVALID_VALUE.amountCents", "value", text);
      }
    }

    @Override
    public void write(Money value, JsonGenerator g) throws IOException {
      if (value.amount().abs().compareTo(MONEY_LIMIT) >= 0) {
        throw new IllegalArgumentException("cannot write the amount " + value
            + ": the JSON format has amounts below 10^14 euros");
      }
      g.writeNumber(value.amount().toPlainString());
    }

    /**
     * No {@code multipleOf: 0.01}: validators that compute it in binary floating point refuse
     * ordinary amounts (5265488.22 / 0.01 = 526548821.99999994), so the cent is the reader's rule
     * alone (docs/JSON-FORMAT.md, "Amounts"). The bounds are whole numbers every validator holds exactly.
     */
    @Override
    ObjectNode schema(SchemaGenerator schema) {
      return schema.node().put("type", "number")
          .put("exclusiveMinimum", MONEY_LIMIT.negate().toBigIntegerExact())
          .put("exclusiveMaximum", MONEY_LIMIT.toBigIntegerExact())
          .put("$comment", "Euros with at most two decimals (cents): the reader checks the cents, "
              + "see docs/JSON-FORMAT.md");
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
        throw ctx.invalidValue(p, e, "INVALID_VALUE.percentage", "value", text);
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

}
