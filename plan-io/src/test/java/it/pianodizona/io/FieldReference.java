package it.pianodizona.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Riferimento dei campi: renders a JSON Schema generated from the mapping as a Markdown page with
 * every field of every object (docs/FIELDS.md, docs/MONITORING-FIELDS.md): where the object is
 * found, each field's type, whether it is required, its meaning in Italian and English, the
 * allowed values and a real example. Everything on the page comes from the schema.
 */
final class FieldReference {

  private FieldReference() {}

  static String markdown(JsonNode schema, String heading, String intro) {
    Map<String, List<String>> foundAt = foundAt(schema);
    JsonNode defs = schema.path("$defs");
    StringBuilder out = new StringBuilder();
    out.append("# ").append(heading).append("\n\n");
    out.append("<!-- Generated from the JSON Schema by FieldReferenceTest (plan-io); do not edit by hand. "
        + "Regenerate: ").append(SchemaTextsTest.REGENERATE).append(" -->\n\n");
    out.append(intro).append("\n\n");
    out.append("Schema: `").append(schema.path("$id").asText()).append("` — ")
        .append(cell(schema.path("description").asText())).append("\n\n");
    out.append("Ogni oggetto del formato ha una sezione: dove si trova nel documento (percorso JSON, `*` per "
        + "ogni elemento di una lista), poi i suoi campi nell'ordine in cui sono scritti. Un campo facoltativo "
        + "assente non vale zero né stringa vuota: è un dato che manca. / Every object of the format has a "
        + "section: where it is found in the document (JSON path, `*` for each element of a list), then its "
        + "fields in the order they are written. An optional field that is absent is not zero or an empty "
        + "string: it is a fact that is missing.\n\n");
    out.append("## Indice / Contents\n\n");
    for (String name : foundAt.keySet()) {
      JsonNode definition = defs.path(name);
      out.append("- [`").append(name).append("`](#").append(name.toLowerCase(java.util.Locale.ROOT)).append(") — ")
          .append(cell(definition.path("title").asText())).append('\n');
    }
    out.append('\n');
    for (Map.Entry<String, List<String>> entry : foundAt.entrySet()) {
      definition(out, entry.getKey(), defs.path(entry.getKey()), entry.getValue());
    }
    return out.toString();
  }

  private static void definition(StringBuilder out, String name, JsonNode definition, List<String> paths) {
    out.append("## ").append(name).append("\n\n");
    out.append("**").append(cell(definition.path("title").asText())).append("**. ")
        .append(cell(definition.path("description").asText())).append("\n\n");
    StringJoiner where = new StringJoiner(", ");
    paths.forEach(path -> where.add("`" + path + "`"));
    out.append("Si trova in / Found at: ").append(where).append("\n\n");
    out.append("| Campo / Field | Tipo / Type | Obbligatorio / Required | Significato / Meaning "
        + "| Valori ammessi / Allowed values | Esempio / Example |\n");
    out.append("|---|---|---|---|---|---|\n");
    List<String> required = new ArrayList<>();
    definition.path("required").forEach(field -> required.add(field.asText()));
    for (Map.Entry<String, JsonNode> field : definition.path("properties").properties()) {
      JsonNode property = field.getValue();
      out.append("| `").append(field.getKey()).append("` | ")
          .append(type(property)).append(" | ")
          .append(required.contains(field.getKey()) ? "sì / yes" : "no").append(" | ")
          .append("**").append(cell(property.path("title").asText())).append("**: ")
          .append(cell(property.path("description").asText())).append(" | ")
          .append(values(property)).append(" | ")
          .append(examples(property)).append(" |\n");
    }
    out.append('\n');
  }

  /** The JSON paths where each definition is found, definitions in the order they are first met. */
  private static Map<String, List<String>> foundAt(JsonNode schema) {
    Map<String, List<String>> paths = new LinkedHashMap<>();
    Deque<String[]> queue = new ArrayDeque<>();
    String root = reference(schema);
    paths.computeIfAbsent(root, k -> new ArrayList<>()).add("/");
    queue.add(new String[] {root, ""});
    while (!queue.isEmpty()) {
      String[] next = queue.poll();
      JsonNode definition = schema.path("$defs").path(next[0]);
      for (Map.Entry<String, JsonNode> field : definition.path("properties").properties()) {
        JsonNode property = field.getValue();
        String path = next[1] + "/" + field.getKey();
        if (property.path("type").asText().equals("array")) {
          property = property.path("items");
          path += "/*";
        }
        String target = reference(property);
        if (target != null) {
          // The format is a tree: a type met again is walked again, to list where its own types are.
          paths.computeIfAbsent(target, k -> new ArrayList<>()).add(path);
          queue.add(new String[] {target, path});
        }
      }
    }
    return paths;
  }

  private static String reference(JsonNode node) {
    String ref = node.path("$ref").asText(null);
    return ref == null ? null : ref.substring("#/$defs/".length());
  }

  private static String type(JsonNode property) {
    if (property.path("type").asText().equals("array")) {
      JsonNode items = property.path("items");
      String unique = property.path("uniqueItems").asBoolean() ? ", senza ripetizioni / no repeats" : "";
      return "lista di / list of " + type(items) + unique;
    }
    String ref = reference(property);
    if (ref != null) {
      return "[`" + ref + "`](#" + ref.toLowerCase(java.util.Locale.ROOT) + ")";
    }
    // A constant such as schemaVersion has its values and no type: they are strings.
    String type = property.has("type") ? property.path("type").asText() : "string";
    String pattern = property.path("pattern").asText("");
    if (type.equals("string")) {
      if (property.has("enum") || property.has("const")) {
        return property.has("enum") ? "string (un valore dell'elenco / one of the listed values)" : "string (fisso / fixed)";
      }
      if (property.path("format").asText().equals("date")) {
        return "data / date `AAAA-MM-GG` / `YYYY-MM-DD`";
      }
      if (pattern.equals("^\\d{4}(-\\d{2}(-\\d{2})?)?$")) {
        return "data parziale / partial date `AAAA`, `AAAA-MM`, `AAAA-MM-GG`";
      }
      if (pattern.startsWith("^([01]\\d|2[0-3])")) {
        return "ora / time `hh:mm` (`hh:mm:ss`)";
      }
      if (pattern.matches("\\^\\\\d\\{\\d+\\}\\$")) {
        String digits = pattern.replaceAll("\\D", "");
        return "string, " + digits + " cifre / digits";
      }
      return "string";
    }
    if (type.equals("integer")) {
      long min = property.path("minimum").asLong();
      long max = property.path("maximum").asLong();
      return max == Integer.MAX_VALUE ? "integer ≥ " + min : "integer " + min + "–" + max;
    }
    if (type.equals("number")) {
      if (property.has("exclusiveMaximum")) {
        return "importo in euro / amount in euros: al più 2 decimali / at most 2 decimals, sotto 10^14 in valore assoluto / below 10^14 in absolute value";
      }
      if (property.has("maximum")) {
        return "number " + property.path("minimum").asText() + "–" + property.path("maximum").asText();
      }
      return "number";
    }
    return type;
  }

  private static String values(JsonNode property) {
    JsonNode node = property.path("type").asText().equals("array") ? property.path("items") : property;
    if (node.has("anyOf")) {
      StringJoiner values = new StringJoiner("<br>");
      for (JsonNode value : node.path("anyOf")) {
        values.add("`" + value.path("const").asText() + "` " + cell(value.path("title").asText()));
      }
      return values.toString();
    }
    if (node.has("enum")) {
      StringJoiner values = new StringJoiner(", ");
      node.path("enum").forEach(value -> values.add("`" + value.asText() + "`"));
      return values.toString();
    }
    if (node.has("const")) {
      return "`" + node.path("const").asText() + "`";
    }
    return "";
  }

  private static String examples(JsonNode property) {
    StringJoiner examples = new StringJoiner(", ");
    property.path("examples").forEach(example -> examples.add("`" + cell(example.toString()) + "`"));
    return examples.toString();
  }

  /** Text for a table cell: a pipe would end the cell. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
