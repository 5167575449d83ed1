package it.pianodizona.corpus;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * Caso del corpus: one variant of a bundled real plan, made by a few JSON edits, with the rule
 * and path a reviewer expects to be reported (empty for a tricky-but-valid variant that must get
 * no ERROR) and the reason it is a defect, or why it is valid.
 */
record CorpusCase(String name, String plan, List<Edit> edits, Optional<String> rule, Optional<String> path,
    String reason) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Whether the case is a defect, not a valid variant. */
  boolean isDefect() {
    return rule.isPresent();
  }

  /** The plan's JSON with the edits applied. */
  String apply(JsonNode original) {
    JsonNode root = original.deepCopy();
    for (Edit edit : edits) {
      edit.applyTo(root);
    }
    return root.toString();
  }

  /** Modifica JSON: set a value, remove a member or item, or append to an array, at a JSON Pointer. */
  record Edit(String op, String pointer, String json) {

    static Edit set(String pointer, String json) {
      return new Edit("set", pointer, json);
    }

    static Edit remove(String pointer) {
      return new Edit("remove", pointer, "");
    }

    static Edit append(String pointer, String json) {
      return new Edit("append", pointer, json);
    }

    void applyTo(JsonNode root) {
      JsonPointer at = JsonPointer.compile(pointer);
      JsonNode parent = root.at(at.head());
      String last = at.last().getMatchingProperty();
      try {
        JsonNode value = json.isEmpty() ? null : JSON.readTree(json);
        switch (op) {
          case "set":
            if (parent.isArray()) {
              ((ArrayNode) parent).set(Integer.parseInt(last), value);
            } else {
              ((ObjectNode) parent).set(last, value);
            }
            break;
          case "remove":
            if (parent.isArray()) {
              ((ArrayNode) parent).remove(Integer.parseInt(last));
            } else {
              ((ObjectNode) parent).remove(last);
            }
            break;
          case "append":
            JsonNode array = root.at(at);
            if (array.isMissingNode()) {
              ((ObjectNode) parent).putArray(last).add(value);
            } else {
              ((ArrayNode) array).add(value);
            }
            break;
          default:
            throw new IllegalArgumentException(op);
        }
      } catch (Exception e) {
        throw new IllegalStateException("edit " + op + " " + pointer + " failed: " + e.getMessage(), e);
      }
    }
  }
}
