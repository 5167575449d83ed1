package it.pianodizona.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import it.pianodizona.io.PlanReadException;
import it.pianodizona.io.ReadError;
import it.pianodizona.io.ReadErrorKind;
import it.pianodizona.io.ReadWarning;
import it.pianodizona.io.SafeText;
import it.pianodizona.io.SourceLocation;
import it.pianodizona.io.internal.ReadMessages.Message;
import it.pianodizona.io.internal.ReadMessages.Part;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Stato di una lettura: what one read needs besides the parser — the source name, whether
 * unknown fields are errors, the warnings so far, and the raw bytes to turn byte columns into
 * character columns. One per read; never shared between threads.
 *
 * <p>Locations and pointers are computed only when something goes wrong: the happy path pays
 * nothing for them.
 */
public final class ReadContext {

  private static final int MAX_QUOTED = 60;

  /**
   * Warnings kept by a lenient read; the rest are counted in one last warning. A document of
   * nothing but unknown fields would otherwise cost hundreds of bytes of memory per byte read.
   */
  public static final int MAX_WARNINGS = 100;

  /**
   * Kinds of error after which reading goes on: the parser is still in step with the document,
   * so the rest of the value can be skipped and the next field read. After the others (a syntax
   * error, a limit, an unsupported version) nothing that follows can be trusted.
   */
  private static final EnumSet<ReadErrorKind> RECOVERABLE = EnumSet.of(ReadErrorKind.DUPLICATE_FIELD,
      ReadErrorKind.UNKNOWN_FIELD, ReadErrorKind.WRONG_TYPE, ReadErrorKind.MISSING_FIELD,
      ReadErrorKind.INVALID_VALUE, ReadErrorKind.REJECTED_BY_MODEL);

  private final Optional<String> source;
  private final boolean lenient;
  private final byte[] bytes;
  private final int maxErrors;
  private final List<ReadError> errors = new ArrayList<>();
  // The exception that ended the read at the error limit: it passes every recovery unchanged.
  private PlanReadException stopped;
  private final List<ReadWarning> warnings = new ArrayList<>();
  private int omittedWarnings;
  private SourceLocation firstOmitted;

  // Where the last character column was counted, so that the next one on the same line
  // continues from there: warnings come in document order, and a long line would otherwise be
  // counted again from its start for each of them.
  private int countedLineStart = -1;
  private int countedOffset;
  private int countedColumn;

  /**
   * @param source the file name, if known
   * @param lenient whether unknown fields are warnings rather than errors
   * @param bytes the UTF-8 input being parsed, or {@code null} for character input
   */
  public ReadContext(Optional<String> source, boolean lenient, byte[] bytes) {
    this(source, lenient, bytes, 1);
  }

  /**
   * @param maxErrors how many errors to collect before the read stops; with {@code 1} the first
   *     error is thrown as it is found
   */
  public ReadContext(Optional<String> source, boolean lenient, byte[] bytes, int maxErrors) {
    this.source = source;
    this.lenient = lenient;
    this.bytes = bytes;
    this.maxErrors = maxErrors;
  }

  /** How many errors have been collected so far. */
  int errorCount() {
    return errors.size();
  }

  /**
   * Whether reading can go on after {@code e}: it is one error of a recoverable kind, and not
   * the exception that ends the read.
   */
  boolean recoverable(PlanReadException e) {
    return e != stopped && e.errors().size() == 1 && RECOVERABLE.contains(e.kind());
  }

  /**
   * Collects a recoverable error; at the limit, ends the read with every error collected.
   *
   * @throws PlanReadException once {@code maxErrors} errors are collected
   */
  void collect(PlanReadException e) {
    errors.addAll(e.errors());
    if (errors.size() >= maxErrors) {
      stopped = new PlanReadException(errors.subList(0, maxErrors), e.getCause());
      throw stopped;
    }
  }

  /**
   * The exception that ends a read: the errors collected so far, then {@code last} if it is a
   * new one (a syntax error, say), never more than the limit.
   */
  public PlanReadException failure(PlanReadException last) {
    if (last != null && last == stopped) {
      return last;
    }
    if (last == null && errors.isEmpty()) {
      throw new IllegalStateException("a value was reported bad but no error was collected");
    }
    if (last == null || errors.isEmpty()) {
      stopped = last == null ? new PlanReadException(errors, null) : last;
      return stopped;
    }
    List<ReadError> all = new ArrayList<>(errors);
    if (all.size() < maxErrors) {
      all.addAll(last.errors());
    }
    stopped = new PlanReadException(all.subList(0, Math.min(all.size(), maxErrors)), last.getCause());
    return stopped;
  }

  /**
   * Moves the parser to the last token of the value being read when an error stopped it
   * inside: to the end of the object or array the value is, so that the next field or element
   * is read as if the value had been skipped.
   *
   * @param owner the context of the object or array that holds the value
   */
  static void skipRest(JsonParser p, JsonStreamContext owner) throws IOException {
    while (p.getParsingContext() != owner) {
      if (p.nextToken() == null) {
        return; // the end of input inside a value: the caller's next read reports it
      }
    }
  }

  /** The warnings in document order: at most {@link #MAX_WARNINGS}, then one that counts the rest. */
  public ImmutableList<ReadWarning> warnings() {
    if (omittedWarnings == 0) {
      return ImmutableList.copyOf(warnings);
    }
    Message message = ReadMessages.of("UNKNOWN_FIELD.more", "count", omittedWarnings);
    ReadWarning rest = ReadWarning.builder().kind(ReadErrorKind.UNKNOWN_FIELD).location(firstOmitted)
        .italianMessage(message.italian()).englishMessage(message.english())
        .build();
    return ImmutableList.<ReadWarning>builderWithExpectedSize(warnings.size() + 1).addAll(warnings).add(rest).build();
  }

  /** Where the parser's current token starts, with the pointer of the value it belongs to. */
  public SourceLocation here(JsonParser p) {
    return locate(p.currentTokenLocation(), pointer(p));
  }

  /** A location whose column is already counted in characters. */
  public SourceLocation locate(int line, int column, String pointer) {
    return SourceLocation.builder().source(source).line(Math.max(1, line)).column(Math.max(1, column))
        .pointer(pointer).build();
  }

  public SourceLocation locate(JsonLocation where, String pointer) {
    int line = Math.max(1, where.getLineNr());
    int column = Math.max(1, where.getColumnNr());
    long byteOffset = where.getByteOffset();
    if (bytes != null && byteOffset >= 0 && byteOffset <= bytes.length) {
      column = characterColumn((int) byteOffset, column);
    }
    return SourceLocation.builder().source(source).line(line).column(column).pointer(pointer).build();
  }

  /**
   * Jackson counts columns of byte input in bytes; a person counts characters. "attività" is
   * nine bytes and eight characters, and Italian text is full of such words.
   */
  private int characterColumn(int byteOffset, int byteColumn) {
    int lineStart = byteOffset - (byteColumn - 1);
    if (lineStart < 0 || (lineStart > 0 && bytes[lineStart - 1] != '\n' && bytes[lineStart - 1] != '\r')) {
      return byteColumn; // not the layout we expect: keep Jackson's count rather than guess
    }
    // A byte order mark is no character of the first line: editors do not show it.
    int from = lineStart == 0 ? Offsets.byteOrderMarkLength(bytes) : lineStart;
    if (byteOffset < from) {
      return 1;
    }
    int column = 1;
    if (lineStart == countedLineStart && byteOffset >= countedOffset) {
      from = countedOffset;
      column = countedColumn;
    }
    column += Offsets.codePoints(bytes, from, byteOffset);
    countedLineStart = lineStart;
    countedOffset = byteOffset;
    countedColumn = column;
    return column;
  }

  public static String pointer(JsonParser p) {
    return p.getParsingContext().pathAsPointer().toString();
  }

  public PlanReadException error(JsonParser p, ReadErrorKind kind, Message message) {
    return error(here(p), kind, message, null);
  }

  /**
   * Thrown by an object whose fields held errors already collected: the object is not built,
   * and whoever holds it goes on to its next field. It carries nothing; the errors are in the
   * context.
   */
  static final class Reported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Reported() {
      super("errors already collected", null, false, false);
    }
  }

  public PlanReadException error(SourceLocation at, ReadErrorKind kind, Message message, Throwable cause) {
    return new PlanReadException(kind, at, oneLine(message.italian()), oneLine(message.english()), cause);
  }

  public PlanReadException wrongType(JsonParser p, Expected expected) {
    return error(p, ReadErrorKind.WRONG_TYPE, ReadMessages.of("WRONG_TYPE",
        "expected", new Part("expected." + expected.name()), "found", found(p.currentToken())));
  }

  /** An {@link ReadErrorKind#INVALID_VALUE} error with the message of {@code key}. */
  public PlanReadException invalidValue(JsonParser p, Throwable cause, String key, Object... namesAndValues) {
    return error(here(p), ReadErrorKind.INVALID_VALUE, ReadMessages.of(key, namesAndValues), cause);
  }

  /**
   * An unknown field: an error, or a warning when reading leniently. The parser is on its name.
   * The closest known name is looked for only when the field is reported: past the last kept
   * warning, a document of unknown fields costs no more than one that skips them.
   */
  void unknownField(JsonParser p, String name, String typeName, UnaryOperator<String> closestKnownName) {
    if (lenient && warnings.size() >= MAX_WARNINGS) {
      if (omittedWarnings++ == 0) {
        firstOmitted = here(p);
      }
      return;
    }
    String suggestion = closestKnownName.apply(name);
    Message message = suggestion == null
        ? ReadMessages.of("UNKNOWN_FIELD", "field", quote(name), "type", typeName)
        : ReadMessages.of("UNKNOWN_FIELD.suggestion", "field", quote(name), "type", typeName,
            "suggestion", suggestion);
    if (!lenient) {
      collect(error(p, ReadErrorKind.UNKNOWN_FIELD, message));
      return;
    }
    warnings.add(ReadWarning.builder().kind(ReadErrorKind.UNKNOWN_FIELD).location(here(p))
        .italianMessage(oneLine(message.italian())).englishMessage(oneLine(message.english())).build());
  }

  /** A value from the document, quoted and cut short so that a message stays one readable line. */
  public static String quote(String value) {
    int cut = MAX_QUOTED;
    if (value.length() > cut && Character.isHighSurrogate(value.charAt(cut - 1))) {
      cut--; // not half of a pair
    }
    String shown = value.length() > MAX_QUOTED ? value.substring(0, cut) + "…" : value;
    return "\"" + shown + "\"";
  }

  static String oneLine(String text) {
    return SafeText.oneLine(text);
  }

  /** What a value should have been: each names its text {@code expected.NAME} in the bundles. */
  public enum Expected {
    STRING, NUMBER, INTEGER, BOOLEAN, OBJECT, ARRAY
  }

  /** The token found, as the bundles name it; the few others as JSON writes them. */
  private static Object found(JsonToken token) {
    if (token == null) {
      return new Part("found.END_OF_DOCUMENT");
    }
    switch (token) {
      case START_OBJECT:
      case START_ARRAY:
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
      case VALUE_TRUE:
      case VALUE_FALSE:
      case VALUE_NULL:
        return new Part("found." + token.name());
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }
}
