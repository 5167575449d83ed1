package it.pianodizona.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * I valori dei campi: the values each field ({@code Type.field}) has in real documents, found by
 * walking the documents alongside the schema's {@code $ref}s, {@code properties} and {@code items}.
 */
final class FieldValues {

  private final JsonNode schema;
  private final Map<String, List<JsonNode>> byField = new HashMap<>();
  private final List<JsonNode> scalars = new ArrayList<>();

  FieldValues(JsonNode schema) {
    this.schema = schema;
  }

  void collect(JsonNode document) {
    walk(document, schema);
  }

  List<JsonNode> of(String type, String field) {
    return byField.getOrDefault(type + "." + field, List.of());
  }

  boolean anywhere(JsonNode value) {
    return scalars.stream().anyMatch(v -> same(v, value));
  }

  /** JSON equality, numbers by value: 15000.00 is 15000. */
  static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }

  private void walk(JsonNode value, JsonNode schemaOfValue) {
    String type = null;
    JsonNode resolved = schemaOfValue;
    while (resolved.has("$ref")) {
      type = resolved.path("$ref").asText().substring("#/$defs/".length());
      resolved = schema.path("$defs").path(type);
    }
    JsonNode at = resolved;
    if (value.isArray()) {
      value.forEach(element -> walk(element, at.path("items")));
    } else if (value.isObject()) {
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        JsonNode property = at.path("properties").path(field.getKey());
        if (type != null) {
          byField.computeIfAbsent(type + "." + field.getKey(), k -> new ArrayList<>()).add(field.getValue());
        }
        walk(field.getValue(), property);
      }
    } else {
      scalars.add(value);
    }
  }
}
