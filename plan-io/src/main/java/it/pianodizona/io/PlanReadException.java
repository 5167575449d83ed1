package it.pianodizona.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Errore di lettura del piano: the one exception a plan that cannot be read ends in, with every
 * problem the reader found ({@link #errors()}, in document order, at most
 * {@link ReadLimits#maxErrors()}), each with where it is (file, line, column, JSON Pointer) and a
 * one-line message in Italian and in English.
 *
 * <p>{@link #kind()}, {@link #location()} and the messages are those of the first error, so that
 * code written for one error per read keeps working. {@link #getMessage()} is a single line for
 * people, e.g. {@code plan.json:7:15 /period/end: data inesistente "2017-02-30" | no such date
 * "2017-02-30"}: the first error, as it was when a read stopped at it. The exception
 * is unchecked, as parse errors are in {@code java.time}; failures to reach the bytes at all are
 * {@link java.io.IOException}s.
 */
public final class PlanReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<ReadError> errors;

  /** One error. */
  public PlanReadException(ReadErrorKind kind, SourceLocation location,
      String italianMessage, String englishMessage, Throwable cause) {
    this(ImmutableList.of(ReadError.builder().kind(kind).location(location)
        .italianMessage(italianMessage).englishMessage(englishMessage).build()), cause);
  }

  /**
   * Several errors found in one read, in document order.
   *
   * @throws IllegalArgumentException if there are none
   */
  public PlanReadException(List<ReadError> errors, Throwable cause) {
    super(message(errors), cause);
    this.errors = ImmutableList.copyOf(errors);
  }

  private static String message(List<ReadError> errors) {
    checkArgument(!requireNonNull(errors).isEmpty(), "a read error needs at least one error");
    return errors.get(0).toString();
  }

  /** Gli errori: every error found, in document order; the first is the one described above. */
  public ImmutableList<ReadError> errors() {
    return errors;
  }

  public ReadErrorKind kind() {
    return errors.get(0).kind();
  }

  public SourceLocation location() {
    return errors.get(0).location();
  }

  /** Il messaggio in italiano, without the location. */
  public String italianMessage() {
    return errors.get(0).italianMessage();
  }

  /** The message in English, without the location. */
  public String englishMessage() {
    return errors.get(0).englishMessage();
  }
}
