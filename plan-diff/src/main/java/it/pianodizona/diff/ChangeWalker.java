package it.pianodizona.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.util.Map;
import java.util.Optional;

/**
 * Visita dei due alberi: walks the canonical JSON trees of two plans side by side and lists the
 * changes, pairing array elements through {@link Matching}.
 *
 * <p>The walk is over the JSON form rather than the Java model because that form is what the
 * changes must be located in (JSON Pointers, patch values), it names every collection of the
 * model uniformly as an array, and an attribute added to the model is compared without this
 * class changing; {@link ArrayKeys} holds what the JSON alone does not say: which arrays are
 * keyed and by what.
 */
final class ChangeWalker {

  private final MatchBy match;
  private final ImmutableList.Builder<Change> changes = ImmutableList.builder();

  private ChangeWalker(MatchBy match) {
    this.match = match;
  }

  static ImmutableList<Change> changes(JsonNode before, JsonNode after, MatchBy match) {
    ChangeWalker walker = new ChangeWalker(match);
    walker.walk(before, after, "", "", "", "", Optional.empty());
    return walker.changes.build();
  }

  static String escape(String field) {
    return field.indexOf('~') < 0 && field.indexOf('/') < 0 ? field : field.replace("~", "~0").replace("/", "~1");
  }

  private void walk(JsonNode a, JsonNode b, String pa, String pb, String shape, String field, Optional<Pairing> pairing) {
    if (a.isObject() && b.isObject()) {
      walkObject(a, b, pa, pb, shape, pairing);
    } else if (a.isArray() && b.isArray()) {
      walkArray(a, b, pa, pb, shape, field, pairing);
    } else if (!a.equals(b)) {
      ImmutableList<TextSegment> words = a.isTextual() && b.isTextual() && Words.isProse(a.textValue(), b.textValue())
          ? Words.diff(a.textValue(), b.textValue()) : ImmutableList.of();
      changes.add(new Change(ChangeKind.CHANGED, Optional.of(pa), Optional.of(pb), Labels.of(pb),
          Optional.of(a), Optional.of(b), pairing, words));
    }
  }

  private void walkObject(JsonNode a, JsonNode b, String pa, String pb, String shape, Optional<Pairing> pairing) {
    for (Map.Entry<String, JsonNode> entry : a.properties()) {
      String name = entry.getKey();
      String segment = "/" + escape(name);
      JsonNode other = b.get(name);
      if (other == null) {
        removed(pa + segment, entry.getValue(), pairing);
      } else {
        walk(entry.getValue(), other, pa + segment, pb + segment, shape + "/" + name, name, pairing);
      }
    }
    for (Map.Entry<String, JsonNode> entry : b.properties()) {
      if (!a.has(entry.getKey())) {
        added(pb + "/" + escape(entry.getKey()), entry.getValue(), pairing);
      }
    }
  }

  private void walkArray(JsonNode a, JsonNode b, String pa, String pb, String shape, String field, Optional<Pairing> pairing) {
    if (a.equals(b)) {
      return;
    }
    Matching matching = Matching.of(a, b, shape, field, match);
    for (int i = 0; i < a.size(); i++) {
      if (matching.aToB[i] < 0) {
        removed(pa + "/" + i, a.get(i), pairing);
      }
    }
    for (int j = 0; j < b.size(); j++) {
      int i = matching.bToA[j];
      if (i < 0) {
        added(pb + "/" + j, b.get(j), pairing);
        continue;
      }
      String beforePath = pa + "/" + i;
      String afterPath = pb + "/" + j;
      Optional<Pairing> inner = matching.pairingA[i] == null ? pairing : Optional.of(matching.pairingA[i]);
      if (matching.movedA[i]) {
        changes.add(new Change(ChangeKind.MOVED, Optional.of(beforePath), Optional.of(afterPath), Labels.of(afterPath),
            Optional.empty(), Optional.empty(), inner, ImmutableList.of()));
      }
      walk(a.get(i), b.get(j), beforePath, afterPath, shape, field, inner);
    }
  }

  private void removed(String path, JsonNode value, Optional<Pairing> pairing) {
    changes.add(new Change(ChangeKind.REMOVED, Optional.of(path), Optional.empty(), Labels.of(path),
        Optional.of(value), Optional.empty(), pairing, ImmutableList.of()));
  }

  private void added(String path, JsonNode value, Optional<Pairing> pairing) {
    changes.add(new Change(ChangeKind.ADDED, Optional.empty(), Optional.of(path), Labels.of(path),
        Optional.empty(), Optional.of(value), pairing, ImmutableList.of()));
  }
}
