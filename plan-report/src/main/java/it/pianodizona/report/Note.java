package it.pianodizona.report;

import org.immutables.value.Value;

/** Nota: a boxed remark, e.g. that the values of a section are illustrative. */
@Value.Immutable
public abstract class Note implements Block {

  /** What the note tells the reader; its label comes from the page's language bundle. */
  @Value.Parameter
  public abstract NoteKind kind();

  /** The text. */
  @Value.Parameter
  public abstract String text();

  /** A note of the given kind. */
  public static Note of(NoteKind kind, String text) {
    return ImmutableNote.of(kind, text);
  }
}
