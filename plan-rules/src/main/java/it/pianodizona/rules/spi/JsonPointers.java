package it.pianodizona.rules.spi;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;

/**
 * Puntatori JSON: builds and compares JSON Pointers (RFC 6901) into the plan's JSON form, where
 * field names are the model's attribute names and list items are indexes, e.g.
 * {@code /objectives/0/milestones/1}.
 */
public final class JsonPointers {

  /** The pointer to the whole plan. */
  public static final String ROOT = "";

  private JsonPointers() {}

  /**
   * The pointer made of these segments: strings are field names (escaped as RFC 6901 says),
   * integers are list indexes.
   */
  public static String of(Object... segments) {
    StringBuilder pointer = new StringBuilder();
    for (Object segment : segments) {
      checkArgument(segment instanceof String || segment instanceof Integer,
          "a pointer segment is a field name or an index, got %s", segment);
      if (segment instanceof Integer) {
        checkArgument((Integer) segment >= 0, "an index cannot be negative: %s", segment);
      }
      pointer.append('/').append(escape(segment.toString()));
    }
    return pointer.toString();
  }

  /** This pointer followed by more segments. */
  public static String append(String pointer, Object... segments) {
    return pointer + of(segments);
  }

  /** Whether {@code pointer} is {@code prefix} itself or lies under it. */
  public static boolean isUnder(String pointer, String prefix) {
    return prefix.isEmpty() || pointer.equals(prefix) || pointer.startsWith(prefix + "/");
  }

  /** The unescaped segments of a pointer; the root has none. */
  public static ImmutableList<String> segments(String pointer) {
    checkArgument(pointer.isEmpty() || pointer.startsWith("/"),
        "a JSON Pointer is empty or starts with '/', got '%s'", pointer);
    if (pointer.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<String> segments = ImmutableList.builder();
    for (String raw : pointer.substring(1).split("/", -1)) {
      segments.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return segments.build();
  }

  private static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
