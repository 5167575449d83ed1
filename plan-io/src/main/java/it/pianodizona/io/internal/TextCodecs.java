package it.pianodizona.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.CharMatcher;
import it.pianodizona.io.internal.ReadContext.Expected;
import java.io.IOException;
import java.util.Locale;

/**
 * Codifiche del testo: strings as JSON strings, refusing what is not Unicode text, and strings of
 * a fixed shape such as the six digits of an ISTAT code (docs/JSON-FORMAT.md).
 */
public final class TextCodecs {

  private static final CharMatcher ASCII_DIGITS = CharMatcher.inRange('0', '9');

  private TextCodecs() {}

  public static final Codec<String> STRING = new Codec<>() {
    @Override
    public String read(JsonParser p, ReadContext ctx) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw ctx.wrongType(p, Expected.STRING);
      }
      // Jackson's own buffer first: a text with no character from U+D800 up holds no surrogate,
      // and one pass over that array costs far less than the pairing scan of every string, which
      // was a quarter of reading a plan.
      boolean maySurrogate = mayHoldSurrogate(p);
      String text = p.getText();
      int surrogate = maySurrogate ? unpairedSurrogate(text) : -1;
      if (surrogate >= 0) {
        String code = String.format(Locale.ROOT, "\\u%04X", (int) text.charAt(surrogate));
        throw ctx.invalidValue(p, null, "INVALID_VALUE.surrogate", "code", code, "position", surrogate + 1);
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
   * Whether the current string token has a character from U+D800 (the first surrogate) up.
   * Asked before {@link JsonParser#getText()}, which would make Jackson copy its buffer for this.
   */
  private static boolean mayHoldSurrogate(JsonParser p) throws IOException {
    char[] chars = p.getTextCharacters();
    int end = p.getTextOffset() + p.getTextLength();
    for (int i = p.getTextOffset(); i < end; i++) {
      if (chars[i] >= Character.MIN_SURROGATE) {
        return true;
      }
    }
    return false;
  }

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

  /**
   * A string of exactly {@code count} ASCII digits, such as the six of an ISTAT code.
   *
   * @param shapeKey the key of the shape's name in the message bundles, e.g. {@code value.istatCode}
   */
  public static Codec<String> digitString(int count, String shapeKey) {
    return new Codec<>() {
      @Override
      public String read(JsonParser p, ReadContext ctx) throws IOException {
        String text = STRING.read(p, ctx);
        if (text.length() != count || !ASCII_DIGITS.matchesAllOf(text)) {
          throw ctx.invalidValue(p, null, "INVALID_VALUE.digits",
              "value", ReadContext.quote(text), "expected", new ReadMessages.Part(shapeKey));
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

}
