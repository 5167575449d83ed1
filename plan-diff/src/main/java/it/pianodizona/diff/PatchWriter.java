package it.pianodizona.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON Patch (RFC 6902): the operations that turn the first document into the second, with the
 * same pairing as the changes, so that a moved element travels by {@code move} rather than
 * being removed and written again.
 *
 * <p>Array indexes in a patch refer to the array as the earlier operations left it; the writer
 * keeps a model of each array's current order (removals last to first, then additions and
 * moves first to last) so that every index is the one an implementation will see.
 */
final class PatchWriter {

  private final MatchBy match;
  private final ArrayNode operations = JsonNodeFactory.instance.arrayNode();

  private PatchWriter(MatchBy match) {
    this.match = match;
  }

  static ArrayNode patch(JsonNode before, JsonNode after, MatchBy match) {
    PatchWriter writer = new PatchWriter(match);
    writer.walk(before, after, "", "", "");
    return writer.operations;
  }

  private void walk(JsonNode a, JsonNode b, String path, String shape, String field) {
    if (a.isObject() && b.isObject()) {
      for (Map.Entry<String, JsonNode> entry : a.properties()) {
        JsonNode other = b.get(entry.getKey());
        String child = path + "/" + ChangeWalker.escape(entry.getKey());
        if (other == null) {
          operation("remove", child);
        } else {
          walk(entry.getValue(), other, child, shape + "/" + entry.getKey(), entry.getKey());
        }
      }
      for (Map.Entry<String, JsonNode> entry : b.properties()) {
        if (!a.has(entry.getKey())) {
          operation("add", path + "/" + ChangeWalker.escape(entry.getKey())).set("value", entry.getValue().deepCopy());
        }
      }
    } else if (a.isArray() && b.isArray()) {
      if (!a.equals(b)) {
        walkArray(a, b, path, shape, field);
      }
    } else if (!a.equals(b)) {
      operation("replace", path).set("value", b.deepCopy());
    }
  }

  private void walkArray(JsonNode a, JsonNode b, String path, String shape, String field) {
    Matching matching = Matching.of(a, b, shape, field, match);
    for (int i = a.size() - 1; i >= 0; i--) {
      if (matching.aToB[i] < 0) {
        operation("remove", path + "/" + i);
      }
    }
    // The array as the operations leave it: first-version indexes, -1 for an added element.
    List<Integer> current = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      if (matching.aToB[i] >= 0) {
        current.add(i);
      }
    }
    for (int j = 0; j < b.size(); j++) {
      int i = matching.bToA[j];
      if (i < 0) {
        operation("add", path + "/" + j).set("value", b.get(j).deepCopy());
        current.add(j, -1);
      } else if (current.get(j) != i) {
        int from = current.indexOf(i);
        operation("move", path + "/" + j).put("from", path + "/" + from);
        current.remove(from);
        current.add(j, i);
      }
    }
    for (int j = 0; j < b.size(); j++) {
      int i = matching.bToA[j];
      if (i >= 0) {
        walk(a.get(i), b.get(j), path + "/" + j, shape, field);
      }
    }
  }

  private ObjectNode operation(String op, String path) {
    ObjectNode operation = operations.addObject();
    operation.put("op", op);
    operation.put("path", path);
    return operation;
  }
}
