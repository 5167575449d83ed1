package it.pianodizona.io.internal;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * Testi dello schema: the Italian and English title and description of every definition, field
 * and enum value of the published JSON Schemas, kept in {@code schema-texts.properties} next to
 * the codec tables, keyed by the codec's names, so that the schema and the field reference
 * generated from it cannot drift from the mapping.
 *
 * <p>Keys (see the file's header): {@code Type.it} / {@code Type.en} for a definition,
 * {@code Type.field.it} / {@code Type.field.en} for a field, {@code Enum.value.it} /
 * {@code Enum.value.en} for a value of an enum (the enum's simple Java name and the value's JSON
 * form), {@code *.field.it} / {@code *.field.en} for a field that means the same in every type
 * ({@code notes}, {@code sources}) unless the type has its own, and {@code Type.field.examples}
 * for a JSON array of real values of the field. Each text is {@code "Titolo | Descrizione."}:
 * a short title, then one or two sentences.
 */
public final class SchemaTexts {

  /** The resource, in UTF-8, beside the codec tables. */
  public static final String RESOURCE = "schema-texts.properties";

  /** What stands for "any type" in a shared field's key. */
  public static final String ANY_TYPE = "*";

  /** Numbers as BigDecimal, so that an example amount keeps its cents as written: 15000.00. */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private static final SchemaTexts STANDARD = load();

  private final ImmutableMap<String, String> entries;

  /** The texts of {@code entries}, keyed as in the file; the tests give their own. */
  SchemaTexts(ImmutableMap<String, String> entries) {
    this.entries = entries;
  }

  /** The texts shipped in the jar. */
  public static SchemaTexts standard() {
    return STANDARD;
  }

  private static SchemaTexts load() {
    Properties properties = new Properties();
    try (InputStream in = SchemaTexts.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImmutableMap.Builder<String, String> entries = ImmutableMap.builder();
    properties.stringPropertyNames().stream().sorted()
        .forEach(key -> entries.put(key, properties.getProperty(key).strip()));
    return new SchemaTexts(entries.buildOrThrow());
  }

  /** Every key of the file, for the test that finds the stale ones. */
  public ImmutableSortedSet<String> keys() {
    return ImmutableSortedSet.copyOf(entries.keySet());
  }

  /**
   * Testo bilingue: a title and a description in both languages.
   *
   * @param titleIt the Italian term, as the source documents use it
   * @param descriptionIt one or two Italian sentences
   * @param titleEn the English meaning
   * @param descriptionEn the same sentences in English
   */
  public record Text(String titleIt, String descriptionIt, String titleEn, String descriptionEn) {

    /** "Obiettivo / Objective"; a term that is the same in both languages once ("LEPS"). */
    public String title() {
      return titleIt.equals(titleEn) ? titleIt : titleIt + " / " + titleEn;
    }

    /** The Italian sentences, then the English ones after an em dash. */
    public String description() {
      return descriptionIt + " — " + descriptionEn;
    }

    /** Adds {@code title} and {@code description} to a schema node. */
    void annotate(ObjectNode node) {
      node.put("title", title());
      node.put("description", description());
    }
  }

  /** The texts of a definition: keys {@code Type.it} and {@code Type.en}. */
  public Optional<Text> definition(String type) {
    return text(type);
  }

  /** The texts of a field, its type's own or else the shared {@code *.field} ones. */
  public Optional<Text> field(String type, String field) {
    Optional<Text> own = text(type + "." + field);
    return own.isPresent() ? own : text(ANY_TYPE + "." + field);
  }

  /** The texts of a value of an enum: keys {@code Enum.value.it} and {@code Enum.value.en}. */
  public Optional<Text> enumValue(String enumType, String value) {
    return text(enumType + "." + value);
  }

  /** Real values of a field, from the key {@code Type.field.examples} (a JSON array). */
  public Optional<ArrayNode> examples(String type, String field) {
    String key = type + "." + field + ".examples";
    String value = entries.get(key);
    if (value == null) {
      return Optional.empty();
    }
    try {
      JsonNode node = JSON.readTree(value);
      checkArgument(node.isArray() && !node.isEmpty(), "%s in %s is not a JSON array of examples", key, RESOURCE);
      return Optional.of((ArrayNode) node);
    } catch (IOException e) {
      throw new IllegalArgumentException(key + " in " + RESOURCE + " is not JSON: " + e.getMessage(), e);
    }
  }

  private Optional<Text> text(String key) {
    String it = entries.get(key + ".it");
    String en = entries.get(key + ".en");
    if (it == null || en == null) {
      return Optional.empty();
    }
    String[] italian = split(key + ".it", it);
    String[] english = split(key + ".en", en);
    return Optional.of(new Text(italian[0], italian[1], english[0], english[1]));
  }

  private static String[] split(String key, String value) {
    int bar = value.indexOf(" | ");
    checkArgument(bar > 0 && bar + 3 < value.length(), "%s in %s is not \"Title | Description.\"", key, RESOURCE);
    return new String[] {value.substring(0, bar).strip(), value.substring(bar + 3).strip()};
  }
}
