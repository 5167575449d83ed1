package it.pianodizona.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import it.pianodizona.io.PlanReadException;
import it.pianodizona.io.ReadErrorKind;
import it.pianodizona.io.ReadWarning;
import it.pianodizona.io.SafeText;
import it.pianodizona.io.SourceLocation;
import java.util.ArrayList;
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

  private final Optional<String> source;
  private final boolean lenient;
  private final byte[] bytes;
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
    this.source = source;
    this.lenient = lenient;
    this.bytes = bytes;
  }

  /** The warnings in document order: at most {@link #MAX_WARNINGS}, then one that counts the rest. */
  public ImmutableList<ReadWarning> warnings() {
    if (omittedWarnings == 0) {
      return ImmutableList.copyOf(warnings);
    }
    ReadWarning rest = ReadWarning.builder().kind(ReadErrorKind.UNKNOWN_FIELD).location(firstOmitted)
        .italianMessage("altri " + omittedWarnings + " campi sconosciuti non elencati, dal primo qui")
        .englishMessage(omittedWarnings + " more unknown fields not listed, the first here")
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

  public PlanReadException error(JsonParser p, ReadErrorKind kind, String italian, String english) {
    return error(here(p), kind, italian, english, null);
  }

  public PlanReadException error(SourceLocation at, ReadErrorKind kind, String italian, String english,
      Throwable cause) {
    return new PlanReadException(kind, at, oneLine(italian), oneLine(english), cause);
  }

  public PlanReadException wrongType(JsonParser p, Expected expected) {
    JsonToken found = p.currentToken();
    return error(p, ReadErrorKind.WRONG_TYPE,
        "atteso " + expected.italian + ", trovato " + italianName(found),
        "expected " + expected.english + ", found " + englishName(found));
  }

  public PlanReadException invalidValue(JsonParser p, String italian, String english, Throwable cause) {
    return error(here(p), ReadErrorKind.INVALID_VALUE, italian, english, cause);
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
    String hintIt = suggestion == null ? "" : " (forse \"" + suggestion + "\"?)";
    String hintEn = suggestion == null ? "" : " (did you mean \"" + suggestion + "\"?)";
    String italian = "campo sconosciuto " + quote(name) + " in " + typeName + hintIt;
    String english = "unknown field " + quote(name) + " in " + typeName + hintEn;
    if (!lenient) {
      throw error(p, ReadErrorKind.UNKNOWN_FIELD, italian, english);
    }
    warnings.add(ReadWarning.builder().kind(ReadErrorKind.UNKNOWN_FIELD).location(here(p))
        .italianMessage(oneLine(italian)).englishMessage(oneLine(english)).build());
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

  /** What a value should have been, in both languages. */
  public enum Expected {
    STRING("una stringa", "a string"),
    NUMBER("un numero", "a number"),
    INTEGER("un numero intero", "an integer"),
    BOOLEAN("true o false", "true or false"),
    OBJECT("un oggetto", "an object"),
    ARRAY("un array", "an array");

    final String italian;
    final String english;

    Expected(String italian, String english) {
      this.italian = italian;
      this.english = english;
    }
  }

  private static String italianName(JsonToken token) {
    if (token == null) {
      return "la fine del documento";
    }
    switch (token) {
      case START_OBJECT: return "un oggetto";
      case START_ARRAY: return "un array";
      case VALUE_STRING: return "una stringa";
      case VALUE_NUMBER_INT: return "un numero intero";
      case VALUE_NUMBER_FLOAT: return "un numero decimale";
      case VALUE_TRUE:
      case VALUE_FALSE: return "un booleano";
      case VALUE_NULL: return "null (ometti il campo invece)";
      default: return token.asString() == null ? token.name() : token.asString();
    }
  }

  private static String englishName(JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT: return "an object";
      case START_ARRAY: return "an array";
      case VALUE_STRING: return "a string";
      case VALUE_NUMBER_INT: return "an integer";
      case VALUE_NUMBER_FLOAT: return "a decimal number";
      case VALUE_TRUE:
      case VALUE_FALSE: return "a boolean";
      case VALUE_NULL: return "null (leave the field out instead)";
      default: return token.asString() == null ? token.name() : token.asString();
    }
  }
}
