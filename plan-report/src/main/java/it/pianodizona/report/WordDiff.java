package it.pianodizona.report;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * Testo confrontato parola per parola: a reworded text shown as the words it keeps, drops and
 * gains, in order. Dropped and gained words are marked by element ({@code <del>}, {@code <ins>}),
 * by visible brackets and by a word for screen readers, never by colour alone.
 */
@Value.Immutable
public abstract class WordDiff implements Block {

  /** Where the text is, e.g. "Obiettivo 3 › Descrizione". */
  public abstract String label();

  /** A short line after the label (e.g. how the element was paired); empty for none. */
  @Value.Default
  public String detail() {
    return "";
  }

  /** The runs of words, in order. */
  public abstract ImmutableList<WordRun> runs();

  @Value.Check
  void check() {
    com.google.common.base.Preconditions.checkState(!runs().isEmpty(), "word diff %s has no words", label());
  }

  /** A builder. */
  public static ImmutableWordDiff.Builder builder() {
    return ImmutableWordDiff.builder();
  }

  /** What happened to a run of words. */
  public enum Kind {
    /** In both texts. */
    KEPT,
    /** Only in the first text. */
    DELETED,
    /** Only in the second text. */
    INSERTED
  }

  /** Run di parole: consecutive words with the same fate, with their spaces. */
  @Value.Immutable
  public abstract static class WordRun {

    @Value.Parameter
    public abstract Kind kind();

    @Value.Parameter
    public abstract String text();

    /** A run. */
    public static WordRun of(Kind kind, String text) {
      return ImmutableWordRun.of(kind, text);
    }
  }
}
