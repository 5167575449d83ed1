package it.pianodizona.diff;

import static java.util.Objects.requireNonNull;

/**
 * Segmento di testo: a run of words a reworded text keeps, drops or gains.
 *
 * @param kind whether the words are kept, dropped or gained
 * @param text the words, with the spaces between them
 */
public record TextSegment(Kind kind, String text) {

  /** Checks both fields are present. */
  public TextSegment {
    requireNonNull(kind);
    requireNonNull(text);
  }

  /** What happened to a run of words. */
  public enum Kind {
    /** In both texts. */
    EQUAL,
    /** Only in the first text. */
    DELETED,
    /** Only in the second text. */
    INSERTED;

    /** The lower-case name used in JSON. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
