package it.pianodizona.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import it.pianodizona.io.PlanReadException;
import it.pianodizona.io.ReadError;
import it.pianodizona.io.ReadErrorKind;
import it.pianodizona.io.SourceLocation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Contesto di lettura: how a value is quoted in a message (cut at sixty characters, never inside
 * a surrogate pair) and which errors a read can go on after.
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

  private static PlanReadException error(ReadErrorKind kind) {
    return new PlanReadException(kind, SourceLocation.builder().line(1).column(1).pointer("").build(),
        "errore", "error", null);
  }
}
