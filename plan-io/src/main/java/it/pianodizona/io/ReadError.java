package it.pianodizona.io;

import org.immutables.value.Value;

/**
 * Errore di lettura, uno dei tanti: one problem a reader found in a plan document, with where it
 * is and a one-line message in Italian and English. A {@link PlanReadException} carries every
 * error found in one read, in document order.
 */
@Value.Immutable
public abstract class ReadError {

  public abstract ReadErrorKind kind();

  public abstract SourceLocation location();

  public abstract String italianMessage();

  public abstract String englishMessage();

  public static ImmutableReadError.Builder builder() {
    return ImmutableReadError.builder();
  }

  /** One line, as {@link PlanReadException#getMessage()} formats its first error. */
  @Override
  public String toString() {
    return location() + ": " + italianMessage() + " | " + englishMessage();
  }
}
