package it.pianodizona.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Mutazioni: the edits the fuzz tests make to valid plans, as data — so that jqwik reports and
 * shrinks a failing case as a short list of edits to a named seed, not as megabytes of bytes.
 *
 * <p>Byte edits break the text anywhere: bits, bytes, tokens spliced in, ranges cut or
 * repeated, an early end. Tree edits keep the JSON well formed and break the plan: fields
 * removed, renamed or given values of another type or range, elements repeated or dropped,
 * values swapped between places (which makes dangling references), values wrapped deeper.
 */
final class Mutations {

  private static final JsonNodeFactory NODES = new JsonNodeFactory(true);
  // Decimals stay exact, so that an edit changes only what it edits.
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .nodeFactory(NODES)
      .build();

  private Mutations() {}

  // ---- bytes

  enum ByteKind { FLIP_BIT, SET_BYTE, INSERT_TOKEN, DELETE, DUPLICATE, TRUNCATE }

  /**
   * One edit of the bytes.
   *
   * @param at where, as a fraction of the document's length
   * @param length how many bytes a deletion or duplication spans
   * @param payload which bit, byte or token
   */
  record ByteEdit(ByteKind kind, double at, int length, int payload) {}

  /** Bytes that mean something to a JSON or UTF-8 decoder. */
  private static final byte[] BYTES = {
    0, '"', '\\', '{', '}', '[', ']', ':', ',', '-', '+', '.', 'e', 'E', '0', '9', ' ', '\n', '\t', 'n', 't', 'u',
    (byte) 0x7F, (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC3, (byte) 0xE0, (byte) 0xED, (byte) 0xEF,
    (byte) 0xF0, (byte) 0xF4, (byte) 0xF8, (byte) 0xFE, (byte) 0xFF, 0x1B,
  };

  /** Tokens and fragments that hurt parsers, and values that hurt models. */
  private static final String[] TOKENS = {
    "\"", "{", "}", "[", "]", ",", ":", "null", "true", "false", "NaN", "-Infinity", "Infinity",
    "1e2147483648", "1e-2147483649", "1e400", "-0", "0.001", "99999999999999999999", "2147483648", "-2147483649",
    "1" + "0".repeat(120), "\"\\ud800\"", "\"\\udc00x\"", "\"\\u0000\"", "\"\\u001b[2J\"", "\\u", "\\", "\"\\x\"",
    "\"2017-02-30\"", "\"2015-02-29\"", "\"31/12/2017\"", "\"0000-00-00\"", "\"\"", "{}", "[]", "[null]",
    "{\"a\": 1}", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "\uFEFF", "\u00EF\u00BB\u00BF", "/* */", "//",
    "\u201c", "\u00e0", "\"schemaVersion\": \"2.0\",", "\"id\": \"x\",", "\"x\": " + "[".repeat(50),
    "\"" + "x".repeat(3000) + "\"", "\u2028", "\r\n", "'",
  };

  static Arbitrary<List<ByteEdit>> byteEdits() {
    // A cut anywhere is nearly always malformed JSON: rarer, so that more documents reach the model.
    Arbitrary<ByteKind> kinds = Arbitraries.frequency(
        Tuple.of(3, ByteKind.FLIP_BIT), Tuple.of(3, ByteKind.SET_BYTE), Tuple.of(4, ByteKind.INSERT_TOKEN),
        Tuple.of(2, ByteKind.DELETE), Tuple.of(2, ByteKind.DUPLICATE), Tuple.of(1, ByteKind.TRUNCATE));
    Arbitrary<ByteEdit> edit = Combinators.combine(
            kinds,
            Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(1, 64),
            Arbitraries.integers().between(0, 1 << 16))
        .as(ByteEdit::new);
    return edit.list().ofMinSize(1).ofMaxSize(4);
  }

  static byte[] apply(byte[] document, List<ByteEdit> edits) {
    byte[] bytes = document;
    for (ByteEdit edit : edits) {
      bytes = apply(bytes, edit);
    }
    return bytes;
  }

  private static byte[] apply(byte[] bytes, ByteEdit edit) {
    int at = (int) Math.min(bytes.length, Math.floor(edit.at() * (bytes.length + 1)));
    int end = Math.min(bytes.length, at + edit.length());
    switch (edit.kind()) {
      case FLIP_BIT: {
        if (at >= bytes.length) {
          return bytes;
        }
        byte[] copy = bytes.clone();
        copy[at] ^= (byte) (1 << (edit.payload() % 8));
        return copy;
      }
      case SET_BYTE: {
        if (at >= bytes.length) {
          return bytes;
        }
        byte[] copy = bytes.clone();
        copy[at] = BYTES[edit.payload() % BYTES.length];
        return copy;
      }
      case INSERT_TOKEN:
        return splice(bytes, at, at, TOKENS[edit.payload() % TOKENS.length].getBytes(StandardCharsets.UTF_8));
      case DELETE:
        return splice(bytes, at, end, new byte[0]);
      case DUPLICATE:
        return splice(bytes, end, end, Arrays.copyOfRange(bytes, at, end));
      case TRUNCATE:
        return Arrays.copyOf(bytes, at);
      default:
        throw new AssertionError(edit.kind());
    }
  }

  private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
    byte[] out = new byte[bytes.length - (to - from) + insert.length];
    System.arraycopy(bytes, 0, out, 0, from);
    System.arraycopy(insert, 0, out, from, insert.length);
    System.arraycopy(bytes, to, out, from + insert.length, bytes.length - to);
    return out;
  }

  // ---- trees

  enum TreeKind {
    REMOVE_FIELD, RENAME_FIELD, REPLACE_VALUE, COPY_VALUE, SWAP_VALUES, DUPLICATE_ELEMENT, REMOVE_ELEMENT, WRAP,
    TWEAK_NUMBER, TWEAK_STRING
  }

  /**
   * One edit of the JSON tree.
   *
   * @param node which value, as a fraction of the document's values in document order
   * @param other the second value of a copy or swap, likewise
   * @param payload which replacement, name or tweak
   */
  record TreeEdit(TreeKind kind, double node, double other, int payload) {}

  private static final JsonNode[] VALUES = {
    NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(0), NODES.numberNode(-1),
    NODES.numberNode(2147483648L), NODES.numberNode(new BigInteger("99999999999999999999")),
    NODES.numberNode(new BigDecimal("1E+400")), NODES.numberNode(new BigDecimal("0.001")),
    NODES.numberNode(new BigDecimal("1E-2147483647")), NODES.numberNode(new BigDecimal("15000.00")),
    NODES.numberNode(new BigDecimal("-15000.00")), NODES.numberNode(new BigDecimal("1000000000000000")),
    NODES.numberNode(new BigDecimal("150")), NODES.numberNode(10000),
    NODES.textNode(""), NODES.textNode("x"), NODES.textNode("2017-02-30"), NODES.textNode("2015-02-29"),
    NODES.textNode("2016-02-29"), NODES.textNode("0000-01-01"), NODES.textNode("9999-12-31"), NODES.textNode("2015"),
    NODES.textNode("2015-13"), NODES.textNode("24:00"), NODES.textNode("lombardia"), NODES.textNode("in_force"),
    NODES.textNode("obj-1"), NODES.textNode("comune-crema"), NODES.textNode("x".repeat(2000)),
    NODES.textNode("\u0000\u001b[2J"), NODES.textNode("\ud83d\ude00"), NODES.objectNode(), NODES.arrayNode(),
    NODES.arrayNode().add(NODES.nullNode()), NODES.objectNode().put("id", "x"),
  };

  private static final String[] NAMES = {
    "id", "title", "name", "schemaVersion", "start", "end", "year", "amount", "kind", "value", "unknown", "",
    "Id", "titel", "objectiveId", "partyId", "sources", "x".repeat(1500),
  };

  static Arbitrary<List<TreeEdit>> treeEdits() {
    Arbitrary<TreeEdit> edit = Combinators.combine(
            Arbitraries.of(TreeKind.class),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(0, 1 << 16))
        .as(TreeEdit::new);
    return edit.list().ofMinSize(1).ofMaxSize(4);
  }

  /** The document with the edits applied, written compactly or indented. */
  static byte[] apply(byte[] document, List<TreeEdit> edits, boolean indented) {
    try {
      JsonNode root = JSON.readTree(document);
      for (TreeEdit edit : edits) {
        apply(root, edit);
      }
      return indented ? JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root) : JSON.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where a value sits: its container and its field name or index. */
  private record Slot(JsonNode parent, String name, int index) {
    JsonNode value() {
      return name != null ? parent.get(name) : parent.get(index);
    }

    void set(JsonNode value) {
      if (name != null) {
        ((ObjectNode) parent).set(name, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }
  }

  private static void apply(JsonNode root, TreeEdit edit) {
    List<Slot> slots = new ArrayList<>();
    collect(root, slots);
    if (slots.isEmpty()) {
      return;
    }
    Slot slot = slots.get((int) Math.min(slots.size() - 1, edit.node() * slots.size()));
    Slot other = slots.get((int) Math.min(slots.size() - 1, edit.other() * slots.size()));
    int payload = edit.payload();
    switch (edit.kind()) {
      case REMOVE_FIELD:
        if (slot.name() != null) {
          ((ObjectNode) slot.parent()).remove(slot.name());
        }
        break;
      case RENAME_FIELD:
        if (slot.name() != null) {
          ObjectNode parent = (ObjectNode) slot.parent();
          JsonNode value = parent.remove(slot.name());
          parent.set(payload % 2 == 0 ? NAMES[payload / 2 % NAMES.length] : typo(slot.name(), payload), value);
        }
        break;
      case REPLACE_VALUE:
        slot.set(VALUES[payload % VALUES.length].deepCopy());
        break;
      case COPY_VALUE:
        if (!isInside(slot.value(), other.value())) {
          slot.set(other.value().deepCopy());
        }
        break;
      case SWAP_VALUES: {
        JsonNode a = slot.value();
        JsonNode b = other.value();
        if (!isInside(a, b) && !isInside(b, a)) {
          slot.set(b.deepCopy());
          other.set(a.deepCopy());
        }
        break;
      }
      case DUPLICATE_ELEMENT:
        if (slot.name() == null) {
          ((ArrayNode) slot.parent()).insert(slot.index(), slot.value().deepCopy());
        }
        break;
      case REMOVE_ELEMENT:
        if (slot.name() == null) {
          ((ArrayNode) slot.parent()).remove(slot.index());
        }
        break;
      case WRAP:
        slot.set(payload % 2 == 0 ? NODES.arrayNode().add(slot.value()) : NODES.objectNode().set("value", slot.value()));
        break;
      case TWEAK_NUMBER:
        if (slot.value().isNumber()) {
          slot.set(NODES.numberNode(tweak(slot.value().decimalValue(), payload)));
        }
        break;
      case TWEAK_STRING:
        if (slot.value().isTextual()) {
          slot.set(NODES.textNode(tweak(slot.value().textValue(), payload)));
        }
        break;
      default:
        throw new AssertionError(edit.kind());
    }
  }

  private static void collect(JsonNode node, List<Slot> slots) {
    if (node.isObject()) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        slots.add(new Slot(node, name, -1));
        collect(node.get(name), slots);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        slots.add(new Slot(node, null, i));
        collect(node.get(i), slots);
      }
    }
  }

  private static boolean isInside(JsonNode container, JsonNode node) {
    if (container == node) {
      return true;
    }
    for (JsonNode child : container) {
      if (isInside(child, node)) {
        return true;
      }
    }
    return false;
  }

  private static String typo(String name, int payload) {
    if (name.isEmpty()) {
      return "x";
    }
    int at = payload % name.length();
    return name.substring(0, at) + name.substring(at + 1);
  }

  private static BigDecimal tweak(BigDecimal value, int payload) {
    try {
      return tweakExactly(value, payload);
    } catch (ArithmeticException e) {
      return value; // 1E-2147483647 + 1 has no exact form: the edit does nothing
    }
  }

  private static BigDecimal tweakExactly(BigDecimal value, int payload) {
    switch (payload % 7) {
      case 0: return value.add(BigDecimal.ONE);
      case 1: return value.negate();
      case 2: return value.add(new BigDecimal("0.001"));
      case 3: return value.scaleByPowerOfTen(12);
      case 4: return value.scaleByPowerOfTen(-120);
      case 5: return value.setScale(2, RoundingMode.DOWN).add(new BigDecimal("0.01"));
      default: return BigDecimal.ZERO;
    }
  }

  private static String tweak(String value, int payload) {
    switch (payload % 6) {
      case 0: return "";
      case 1: return value + "x";
      case 2: return value.isEmpty() ? value : value.substring(0, value.length() - 1);
      case 3: return value.toUpperCase(Locale.ROOT);
      case 4: return value.replace('-', '/');
      default: return " " + value;
    }
  }
}
