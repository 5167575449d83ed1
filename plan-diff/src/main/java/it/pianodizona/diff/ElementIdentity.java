package it.pianodizona.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Identità stabile di un elemento: a JSON Pointer rewritten with each array index replaced by the
 * element's key ({@code /objectives/6/indicators/0/target} →
 * {@code /objectives/[obj-7]/indicators/[obj-7-i1]/target}), so that a finding about an element
 * keeps its identity when elements are inserted before it. An index into an array without keys
 * stays a position ({@code #2}).
 */
final class ElementIdentity {

  private ElementIdentity() {}

  static String of(JsonNode tree, String pointer) {
    List<String> segments = Labels.segments(pointer);
    StringBuilder identity = new StringBuilder();
    JsonNode node = tree;
    String shape = "";
    String field = "";
    for (String segment : segments) {
      if (node != null && node.isArray() && isIndex(segment) && Integer.parseInt(segment) < node.size()) {
        int index = Integer.parseInt(segment);
        ArrayKeys.Kind kind = ArrayKeys.kindOf(shape, field, node);
        if (kind != ArrayKeys.Kind.POSITION && ArrayKeys.unique(kind, shape, node)) {
          String key = ArrayKeys.key(kind, shape, node.get(index));
          identity.append("/[").append(key.replace("\u001f", "|").replaceAll("\\|+$", "")).append(']');
        } else {
          identity.append("/#").append(index);
        }
        node = node.get(index);
      } else {
        identity.append('/').append(ChangeWalker.escape(segment));
        if (node != null && node.isObject()) {
          shape = shape + "/" + segment;
          field = segment;
        }
        node = node == null ? null : node.get(segment);
      }
    }
    return identity.toString();
  }

  private static boolean isIndex(String segment) {
    return !segment.isEmpty() && segment.length() < 10 && segment.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
