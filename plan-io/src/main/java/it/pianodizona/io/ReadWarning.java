package it.pianodizona.io;

import org.immutables.value.Value;

/**
 * Avviso di lettura: something a lenient reader let pass, such as an unknown field, with where
 * it is and a one-line message in Italian and English.
 */
@Value.Immutable
public abstract class ReadWarning {

  public abstract ReadErrorKind kind();

  public abstract SourceLocation location();

  public abstract String italianMessage();

  public abstract String englishMessage();

  public static ImmutableReadWarning.Builder builder() {
    return ImmutableReadWarning.builder();
  }

  /** One line, as {@link PlanReadException#getMessage()} formats errors. */
  @Override
  public String toString() {
    return location() + ": " + italianMessage() + " | " + englishMessage();
  }
}
