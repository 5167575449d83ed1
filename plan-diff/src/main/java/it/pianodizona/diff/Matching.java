package it.pianodizona.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Abbinamento di due elenchi: which element of the first version of an array is which element
 * of the second, which ones moved, and which pairs ids alone did not make.
 *
 * <p>Keyed arrays are paired through a hash map of their keys (linear, never one element
 * against every other); an element is moved when it is not on a longest increasing run of the
 * paired positions ({@code n log n}). Positional arrays are aligned by Myers' algorithm
 * (java-diff-utils). Both are computed in one orientation chosen from the two arrays' contents
 * and mirrored, so that the diff of (b, a) is exactly the mirror of the diff of (a, b) even where
 * two alignments are equally short.
 */
final class Matching {

  final int[] aToB;
  final int[] bToA;
  /** By index in the first array: whether its pair moved. */
  final boolean[] movedA;
  /** By index in the first array: what paired it, when not its key (null otherwise). */
  final Pairing[] pairingA;

  private Matching(int[] aToB, int[] bToA, boolean[] movedA, Pairing[] pairingA) {
    this.aToB = aToB;
    this.bToA = bToA;
    this.movedA = movedA;
    this.pairingA = pairingA;
  }

  static Matching of(JsonNode a, JsonNode b, String shape, String field, MatchBy match) {
    ArrayKeys.Kind kind = ArrayKeys.kindOf(shape, field, a, b);
    if (kind != ArrayKeys.Kind.POSITION
        && !(ArrayKeys.unique(kind, shape, a) && ArrayKeys.unique(kind, shape, b))) {
      kind = ArrayKeys.Kind.POSITION;
    }
    if (orientation(a, b) <= 0) {
      return compute(a, b, shape, kind, match);
    }
    return compute(b, a, shape, kind, match).mirror();
  }

  private Matching mirror() {
    boolean[] moved = new boolean[bToA.length];
    Pairing[] pairing = new Pairing[bToA.length];
    for (int j = 0; j < bToA.length; j++) {
      int i = bToA[j];
      if (i >= 0) {
        moved[j] = movedA[i];
        pairing[j] = pairingA[i];
      }
    }
    return new Matching(bToA, aToB, moved, pairing);
  }

  private static int orientation(JsonNode a, JsonNode b) {
    int byHash = Integer.compare(a.hashCode(), b.hashCode());
    return byHash != 0 ? byHash : a.toString().compareTo(b.toString());
  }

  private static Matching compute(JsonNode a, JsonNode b, String shape, ArrayKeys.Kind kind, MatchBy match) {
    int[] aToB = new int[a.size()];
    int[] bToA = new int[b.size()];
    Arrays.fill(aToB, -1);
    Arrays.fill(bToA, -1);
    Pairing[] pairing = new Pairing[a.size()];
    boolean[] moved = new boolean[a.size()];
    if (kind == ArrayKeys.Kind.POSITION) {
      align(a, b, aToB, bToA);
      return new Matching(aToB, bToA, moved, pairing);
    }
    Map<String, Integer> index = new HashMap<>(a.size() * 2);
    for (int i = 0; i < a.size(); i++) {
      index.put(ArrayKeys.key(kind, shape, a.get(i)), i);
    }
    for (int j = 0; j < b.size(); j++) {
      Integer i = index.get(ArrayKeys.key(kind, shape, b.get(j)));
      if (i != null) {
        aToB[i] = j;
        bToA[j] = i;
      }
    }
    if (kind == ArrayKeys.Kind.ID && match == MatchBy.CODES) {
      for (Pairing by : Pairing.values()) {
        pairLeftovers(a, b, by, aToB, bToA, pairing);
      }
    }
    if (kind == ArrayKeys.Kind.FIELDS) {
      pairInPlace(aToB, bToA);
    }
    markMoved(bToA, moved);
    return new Matching(aToB, bToA, moved, pairing);
  }

  /** Pairs unpaired elements whose attribute is the same and unique among the unpaired of each side. */
  private static void pairLeftovers(JsonNode a, JsonNode b, Pairing by, int[] aToB, int[] bToA, Pairing[] pairing) {
    Map<String, Integer> left = uniqueUnpaired(a, aToB, by.field());
    if (left.isEmpty()) {
      return;
    }
    Map<String, Integer> right = uniqueUnpaired(b, bToA, by.field());
    for (Map.Entry<String, Integer> entry : right.entrySet()) {
      Integer i = left.get(entry.getKey());
      if (i != null) {
        int j = entry.getValue();
        aToB[i] = j;
        bToA[j] = i;
        pairing[i] = by;
      }
    }
  }

  private static Map<String, Integer> uniqueUnpaired(JsonNode array, int[] pairs, String field) {
    Map<String, Integer> found = new HashMap<>();
    Map<String, Boolean> repeated = new HashMap<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode value = array.get(i).get(field);
      if (pairs[i] < 0 && value != null && value.isTextual()) {
        String text = value.textValue();
        if (found.putIfAbsent(text, i) != null) {
          repeated.put(text, true);
        }
      }
    }
    repeated.keySet().forEach(found::remove);
    return found;
  }

  /**
   * Pairs an unpaired row with the unpaired row at the same position on the other side: a
   * budget line or an adherent whose key field was edited in place (another objective, another
   * party) is that row changed, not a row removed and another added.
   */
  private static void pairInPlace(int[] aToB, int[] bToA) {
    for (int k = 0; k < Math.min(aToB.length, bToA.length); k++) {
      if (aToB[k] < 0 && bToA[k] < 0) {
        aToB[k] = k;
        bToA[k] = k;
      }
    }
  }

  /** Marks as moved every pair off one longest run of increasing first-version positions. */
  private static void markMoved(int[] bToA, boolean[] movedA) {
    List<Integer> sequence = new ArrayList<>();
    for (int i : bToA) {
      if (i >= 0) {
        sequence.add(i);
      }
    }
    int n = sequence.size();
    int[] tails = new int[n];
    int[] previous = new int[n];
    int length = 0;
    for (int k = 0; k < n; k++) {
      int value = sequence.get(k);
      int low = 0;
      int high = length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (sequence.get(tails[mid]) < value) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      previous[k] = low > 0 ? tails[low - 1] : -1;
      tails[low] = k;
      if (low == length) {
        length++;
      }
    }
    boolean[] kept = new boolean[n];
    for (int k = length > 0 ? tails[length - 1] : -1; k >= 0; k = previous[k]) {
      kept[k] = true;
    }
    for (int k = 0; k < n; k++) {
      if (!kept[k]) {
        movedA[sequence.get(k)] = true;
      }
    }
  }

  /** Aligns positional arrays: equal runs pair, a replaced run pairs element by element. */
  private static void align(JsonNode a, JsonNode b, int[] aToB, int[] bToA) {
    List<JsonNode> before = new ArrayList<>(a.size());
    a.forEach(before::add);
    List<JsonNode> after = new ArrayList<>(b.size());
    b.forEach(after::add);
    int i = 0;
    int j = 0;
    for (AbstractDelta<JsonNode> delta : DiffUtils.diff(before, after, (java.util.function.BiPredicate<JsonNode, JsonNode>) JsonNode::equals).getDeltas()) {
      int sourceAt = delta.getSource().getPosition();
      while (i < sourceAt) {
        aToB[i] = j;
        bToA[j] = i;
        i++;
        j++;
      }
      int removed = delta.getSource().size();
      int added = delta.getTarget().size();
      for (int k = 0; k < Math.min(removed, added); k++) {
        aToB[i + k] = j + k;
        bToA[j + k] = i + k;
      }
      i += removed;
      j += added;
    }
    while (i < a.size() && j < b.size()) {
      aToB[i] = j;
      bToA[j] = i;
      i++;
      j++;
    }
  }
}
