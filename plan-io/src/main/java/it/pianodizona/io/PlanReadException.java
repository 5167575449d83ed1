package it.pianodizona.io;

import static java.util.Objects.requireNonNull;

/**
 * Errore di lettura del piano: the one exception a plan that cannot be read ends in, with where
 * the problem is ({@link #location()}: file, line, column, JSON Pointer) and a one-line message
 * in Italian and in English.
 *
 * <p>{@link #getMessage()} is a single line for people, e.g.
 * {@code plan.json:7:15 /period/end: data inesistente "2017-02-30" | no such date "2017-02-30"}.
 * The exception is unchecked, as parse errors are in {@code java.time}; failures to reach the
 * bytes at all are {@link java.io.IOException}s.
 */
public final class PlanReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ReadErrorKind kind;
  private final transient SourceLocation location;
  private final String italianMessage;
  private final String englishMessage;

  public PlanReadException(ReadErrorKind kind, SourceLocation location,
      String italianMessage, String englishMessage, Throwable cause) {
    super(location + ": " + italianMessage + " | " + englishMessage, cause);
    this.kind = requireNonNull(kind);
    this.location = requireNonNull(location);
    this.italianMessage = requireNonNull(italianMessage);
    this.englishMessage = requireNonNull(englishMessage);
  }

  public ReadErrorKind kind() {
    return kind;
  }

  public SourceLocation location() {
    return location;
  }

  /** Il messaggio in italiano, without the location. */
  public String italianMessage() {
    return italianMessage;
  }

  /** The message in English, without the location. */
  public String englishMessage() {
    return englishMessage;
  }
}
