package it.pianodizona.io.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generatore dello schema JSON: derives the JSON Schema (draft 2020-12) of the plan document
 * from the codecs themselves, so that the schema shipped in the jar cannot drift from what the
 * reader accepts and the writer produces. A test compares the shipped file with this output.
 * Titles, descriptions and examples come from {@link SchemaTexts}, keyed by the codecs' names.
 */
public final class SchemaGenerator {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, ObjectNode> definitions = new TreeMap<>();
  private final SchemaTexts texts;

  private SchemaGenerator(SchemaTexts texts) {
    this.texts = texts;
  }

  /** The schema of a plan document, as shipped in the jar under the given {@code $id}. */
  public static ObjectNode planSchema(String id) {
    return generate(ModelCodecs.ZONE_PLAN, id,
        "Piano di Zona (zone plan), schemaVersion " + ModelCodecs.SCHEMA_VERSION,
        "One zone plan (Piano di Zona, L. 328/2000 art. 19) as exchanged between municipalities, regions "
            + "and vendors' applications. Generated from the plan-io mapping of the Java model; "
            + "see docs/JSON-FORMAT.md. The schema checks structure and value forms; rules of the model "
            + "that span fields (a period ending before it starts, a date that does not exist) are checked "
            + "by the reader.");
  }

  /** The whole schema document whose root is {@code root}. */
  public static ObjectNode generate(ObjectCodec<?, ?> root, String id, String title, String description) {
    SchemaGenerator generator = new SchemaGenerator(SchemaTexts.standard());
    ObjectNode schema = generator.node();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", id);
    schema.put("title", title);
    schema.put("description", description);
    schema.setAll(generator.reference(root));
    ObjectNode defs = schema.putObject("$defs");
    generator.definitions.forEach(defs::set);
    return schema;
  }

  ObjectNode node() {
    return NODES.objectNode();
  }

  ArrayNode arrayNode() {
    return NODES.arrayNode();
  }

  /** The titles, descriptions and examples of schema-texts.properties. */
  SchemaTexts texts() {
    return texts;
  }

  /** A {@code $ref} to the type's definition, adding the definition on first use. */
  ObjectNode reference(ObjectCodec<?, ?> codec) {
    String name = codec.name();
    if (!definitions.containsKey(name)) {
      definitions.put(name, node()); // placeholder: a type may refer to itself through its fields
      definitions.put(name, codec.definition(this));
    }
    return node().put("$ref", "#/$defs/" + name);
  }
}
