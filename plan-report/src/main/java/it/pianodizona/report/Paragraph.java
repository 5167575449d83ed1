package it.pianodizona.report;

import org.immutables.value.Value;

/** Paragrafo: running text, rendered as text (never as markup). */
@Value.Immutable
public abstract class Paragraph implements Block {

  /** The text. */
  @Value.Parameter
  public abstract String text();

  /** A paragraph of the given text. */
  public static Paragraph of(String text) {
    return ImmutableParagraph.of(text);
  }
}
