package it.pianodizona.rules;

import com.google.common.collect.ImmutableList;

/**
 * Puntatori JSON: moved to {@link it.pianodizona.rules.spi.JsonPointers}.
 *
 * @deprecated since 0.1.0, use {@link it.pianodizona.rules.spi.JsonPointers}; this class will be
 *     removed in 1.0.
 */
@Deprecated(since = "0.1.0", forRemoval = true)
public final class JsonPointers {

  public static final String ROOT = it.pianodizona.rules.spi.JsonPointers.ROOT;

  private JsonPointers() {}

  public static String of(Object... segments) {
    return it.pianodizona.rules.spi.JsonPointers.of(segments);
  }

  public static String append(String pointer, Object... segments) {
    return it.pianodizona.rules.spi.JsonPointers.append(pointer, segments);
  }

  public static boolean isUnder(String pointer, String prefix) {
    return it.pianodizona.rules.spi.JsonPointers.isUnder(pointer, prefix);
  }

  public static ImmutableList<String> segments(String pointer) {
    return it.pianodizona.rules.spi.JsonPointers.segments(pointer);
  }
}
