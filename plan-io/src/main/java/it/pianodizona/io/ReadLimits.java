package it.pianodizona.io;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * Limiti di lettura: how deep, long and large a document the reader accepts, so that a hostile
 * or broken file fails fast with a clear message instead of exhausting memory.
 *
 * <p>The defaults are far above any real plan (the full Crema 2015-2017 plan is well under a
 * megabyte, nested fewer than ten levels) and far below what would hurt a server.
 */
@Value.Immutable
public abstract class ReadLimits {

  /** Objects and arrays nested in one another, counting the root. */
  @Value.Default
  public int maxNestingDepth() {
    return 32;
  }

  /** Characters of one number literal. */
  @Value.Default
  public int maxNumberLength() {
    return 100;
  }

  /** Characters of one string value. */
  @Value.Default
  public int maxStringLength() {
    return 1 << 20;
  }

  /** Characters of one field name. */
  @Value.Default
  public int maxNameLength() {
    return 1_000;
  }

  /** Bytes (or characters, for text input) of the whole document. */
  @Value.Default
  public int maxDocumentLength() {
    return 64 << 20;
  }

  /**
   * Errors reported by one read: the reader goes on past an error it can recover from (an
   * unknown field, a bad value, a missing field) until this many are found. A syntax error still
   * stops it. {@code 1} gives the first error alone.
   */
  @Value.Default
  public int maxErrors() {
    return 20;
  }

  public static ImmutableReadLimits.Builder builder() {
    return ImmutableReadLimits.builder();
  }

  /** The defaults described on each limit. */
  public static ReadLimits defaults() {
    return builder().build();
  }

  @Value.Check
  protected void check() {
    checkArgument(maxNestingDepth() >= 4, "maxNestingDepth must be at least 4, got %s", maxNestingDepth());
    checkArgument(maxNumberLength() >= 20, "maxNumberLength must be at least 20, got %s", maxNumberLength());
    checkArgument(maxStringLength() >= 1, "maxStringLength must be positive, got %s", maxStringLength());
    checkArgument(maxNameLength() >= 64, "maxNameLength must be at least 64, got %s", maxNameLength());
    checkArgument(maxErrors() >= 1, "maxErrors must be positive, got %s", maxErrors());
    checkArgument(maxDocumentLength() >= 1 && maxDocumentLength() <= Integer.MAX_VALUE - 16,
        "maxDocumentLength must be positive, got %s", maxDocumentLength());
  }
}
