package it.pianodizona.io.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.ContentReference;
import com.google.common.collect.ImmutableList;
import it.pianodizona.io.PlanReadException;
import it.pianodizona.io.ReadError;
import it.pianodizona.io.ReadErrorKind;
import it.pianodizona.io.SourceLocation;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Contesto di lettura: how a value is quoted in a message (cut at sixty characters, never inside
 * a surrogate pair), which errors a read can go on after, and columns counted in characters from
 * Jackson's byte offsets.
 */
class ReadContextTest {

  private static final String SIXTY = "a".repeat(60);

  @Test
  void aValueOfSixtyCharactersIsQuotedWhole() {
    assertThat(ReadContext.quote(SIXTY)).isEqualTo("\"" + SIXTY + "\"");
    assertThat(ReadContext.quote("Ambito di Crema")).isEqualTo("\"Ambito di Crema\"");
  }

  @Test
  void aLongerValueIsCutAtSixtyCharacters() {
    assertThat(ReadContext.quote(SIXTY + "bcd")).isEqualTo("\"" + SIXTY + "…\"");
  }

  @Test
  void aSurrogatePairAcrossTheCutIsLeftOutWhole() {
    // The 60th char is the high half of U+1F600: cutting there would leave half a character.
    String value = "a".repeat(59) + "\uD83D\uDE00" + "tail";

    assertThat(ReadContext.quote(value)).isEqualTo("\"" + "a".repeat(59) + "…\"");
  }

  @Test
  void aPairBeforeTheCutIsKept() {
    String value = "a".repeat(58) + "\uD83D\uDE00" + "tail";

    assertThat(ReadContext.quote(value)).isEqualTo("\"" + "a".repeat(58) + "\uD83D\uDE00…\"");
  }

  @Test
  void oneErrorOfARecoverableKindLetsTheReadGoOn() {
    ReadContext ctx = new ReadContext(Optional.empty(), false, null, 10);

    assertThat(ctx.recoverable(error(ReadErrorKind.UNKNOWN_FIELD))).isTrue();
    assertThat(ctx.recoverable(error(ReadErrorKind.INVALID_VALUE))).isTrue();
  }

  @Test
  void aSyntaxErrorOrSeveralErrorsAtOnceEndTheRead() {
    ReadContext ctx = new ReadContext(Optional.empty(), false, null, 10);
    PlanReadException two = new PlanReadException(ImmutableList.<ReadError>builder()
        .addAll(error(ReadErrorKind.UNKNOWN_FIELD).errors()).addAll(error(ReadErrorKind.WRONG_TYPE).errors()).build(), null);

    assertThat(ctx.recoverable(error(ReadErrorKind.MALFORMED_JSON))).isFalse();
    assertThat(ctx.recoverable(error(ReadErrorKind.UNSUPPORTED_SCHEMA_VERSION))).isFalse();
    assertThat(ctx.recoverable(two)).isFalse();
  }

  @Test
  void theExceptionThatStoppedTheReadIsNotRecoveredFrom() {
    // At the limit of one error, collecting it stops the read with that one error, recoverable in kind.
    ReadContext ctx = new ReadContext(Optional.empty(), false, null, 1);
    PlanReadException stopped = null;
    try {
      ctx.collect(error(ReadErrorKind.UNKNOWN_FIELD));
    } catch (PlanReadException e) {
      stopped = e;
    }

    assertThat(stopped).isNotNull();
    assertThat(stopped.errors()).extracting(ReadError::kind).containsExactly(ReadErrorKind.UNKNOWN_FIELD);
    assertThat(ctx.recoverable(stopped)).isFalse();
    assertThat(ctx.failure(stopped)).isSameAs(stopped);
  }

  @Test
  void aColumnIsCountedInCharactersNotInBytes() {
    byte[] bytes = "{\"title\":\"attività\",\"x\":1}".getBytes(UTF_8);
    int x = indexOf(bytes, "\"x\"");
    ReadContext ctx = new ReadContext(Optional.empty(), false, bytes, 1);

    // "à" is two bytes: Jackson's column is one more than a person counts.
    assertThat(ctx.locate(at(x, 1, x + 1), "/x").column()).isEqualTo(x);
  }

  @Test
  void theEndOfTheInputIsCountedInCharactersToo() {
    byte[] bytes = "{\"title\":\"attività\"".getBytes(UTF_8);
    ReadContext ctx = new ReadContext(Optional.empty(), false, bytes, 1);

    assertThat(ctx.locate(at(bytes.length, 1, bytes.length + 1), "").column()).isEqualTo(bytes.length);
  }

  @Test
  void anOffsetOutsideTheInputKeepsJacksonsColumn() {
    byte[] bytes = "{\"title\":\"attività\"}".getBytes(UTF_8);
    ReadContext ctx = new ReadContext(Optional.empty(), false, bytes, 1);

    assertThat(ctx.locate(at(-1, 1, 17), "").column()).isEqualTo(17);
    assertThat(ctx.locate(at(bytes.length + 1, 1, 17), "").column()).isEqualTo(17);
  }

  @Test
  void aLayoutOtherThanALineStartKeepsJacksonsColumn() {
    byte[] bytes = "{\n\"città\":1,\"x\":2}".getBytes(UTF_8);
    int x = indexOf(bytes, "\"x\"");
    ReadContext ctx = new ReadContext(Optional.empty(), false, bytes, 1);

    // A column that would start the line before the input, or after no line break: not guessed at.
    assertThat(ctx.locate(at(3, 2, 9), "").column()).isEqualTo(9);
    assertThat(ctx.locate(at(x, 2, 3), "").column()).isEqualTo(3);
  }

  @Test
  void aByteOrderMarkIsNoColumnOfTheFirstLine() {
    byte[] bytes = "\uFEFF{\"è\":1}".getBytes(UTF_8);
    ReadContext ctx = new ReadContext(Optional.empty(), false, bytes, 1);

    assertThat(ctx.locate(at(1, 1, 2), "").column()).isEqualTo(1);
    assertThat(ctx.locate(at(3, 1, 4), "").column()).isEqualTo(1);
    assertThat(ctx.locate(at(4, 1, 5), "").column()).isEqualTo(2);
  }

  @Test
  void columnsOfSeveralPlacesOnSeveralLinesAreEachCountedFromTheirLine() {
    String first = "{\"città\":\"Crema\",\"attività\":1,";
    String second = "\"perché\":2,\"x\":3}";
    byte[] bytes = (first + "\n" + second).getBytes(UTF_8);
    int lineTwo = first.getBytes(UTF_8).length + 1;
    ReadContext ctx = new ReadContext(Optional.empty(), false, bytes, 1);
    int attivita = indexOf(bytes, "\"attivit");
    int perche = lineTwo;
    int x = indexOf(bytes, "\"x\"");

    assertThat(ctx.locate(at(attivita, 1, attivita + 1), "").column()).isEqualTo(first.indexOf("\"attività\"") + 1);
    assertThat(ctx.locate(at(perche, 2, 1), "").column()).isEqualTo(1);
    assertThat(ctx.locate(at(x, 2, x - lineTwo + 1), "").column()).isEqualTo(second.indexOf("\"x\"") + 1);
    assertThat(ctx.locate(at(x + 5, 2, x + 5 - lineTwo + 1), "").column()).isEqualTo(second.indexOf("\"x\"") + 6);
  }

  @Test
  void aLineEndedByACarriageReturnAloneOrWithALineFeedStartsTheNextLine() {
    for (String end : new String[] {"\r", "\r\n", "\n"}) {
      String second = "\"città\":1,\"x\":2}";
      byte[] bytes = ("{" + end + second).getBytes(UTF_8);
      int lineTwo = 1 + end.length();
      int x = indexOf(bytes, "\"x\"");
      ReadContext ctx = new ReadContext(Optional.empty(), false, bytes, 1);

      assertThat(ctx.locate(at(x, 2, x - lineTwo + 1), "").column()).as("after %s", end.replace("\r", "CR").replace("\n", "LF"))
          .isEqualTo(second.indexOf("\"x\"") + 1);
    }
  }

  @Test
  void aPlaceBeforeTheLastOneCountedOnItsLineIsCountedFromTheLineStart() {
    String line = "{\"città\":\"Crema\",\"attività\":1,\"x\":2}";
    byte[] bytes = line.getBytes(UTF_8);
    int attivita = indexOf(bytes, "\"attivit");
    int x = indexOf(bytes, "\"x\"");
    ReadContext ctx = new ReadContext(Optional.empty(), false, bytes, 1);

    assertThat(ctx.locate(at(x, 1, x + 1), "").column()).isEqualTo(line.indexOf("\"x\"") + 1);
    assertThat(ctx.locate(at(attivita, 1, attivita + 1), "").column()).isEqualTo(line.indexOf("\"attività\"") + 1);
    assertThat(ctx.locate(at(x, 1, x + 1), "").column()).isEqualTo(line.indexOf("\"x\"") + 1);
  }

  @Test
  void aWrongTypeNamesWhatWasFoundInsteadEvenTheEndOfAnObjectOrOfTheDocument() throws IOException {
    byte[] bytes = "{\"a\":[]}".getBytes(UTF_8);
    ReadContext ctx = new ReadContext(Optional.empty(), false, bytes, 1);
    try (JsonParser p = new JsonFactory().createParser(bytes)) {
      p.nextToken();
      assertThat(ctx.wrongType(p, ReadContext.Expected.STRING).englishMessage())
          .isEqualTo("expected a string, found an object");
      p.nextToken();
      p.nextToken();
      assertThat(ctx.wrongType(p, ReadContext.Expected.STRING).englishMessage())
          .isEqualTo("expected a string, found an array");
      assertThat(p.nextToken()).isEqualTo(JsonToken.END_ARRAY);
      assertThat(ctx.wrongType(p, ReadContext.Expected.STRING).englishMessage())
          .isEqualTo("expected a string, found ]");
      assertThat(p.nextToken()).isEqualTo(JsonToken.END_OBJECT);
      assertThat(ctx.wrongType(p, ReadContext.Expected.STRING).englishMessage())
          .isEqualTo("expected a string, found }");
      assertThat(p.nextToken()).isNull();
      assertThat(ctx.wrongType(p, ReadContext.Expected.STRING).englishMessage())
          .isEqualTo("expected a string, found the end of the document");
    }
  }

  private static JsonLocation at(long byteOffset, int line, int byteColumn) {
    return new JsonLocation(ContentReference.unknown(), byteOffset, -1, line, byteColumn);
  }

  private static int indexOf(byte[] bytes, String ascii) {
    return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf(ascii);
  }

  private static PlanReadException error(ReadErrorKind kind) {
    return new PlanReadException(kind, SourceLocation.builder().line(1).column(1).pointer("").build(),
        "errore", "error", null);
  }
}
