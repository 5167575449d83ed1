package it.pianodizona.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * Tutti gli errori in una lettura: a document with several independent mistakes reports each of
 * them, located, in one read — up to {@link ReadLimits#maxErrors()}; a syntax error still ends
 * the read, after what was found before it. The documents are {@link Fixtures#MINIMAL} with a
 * few edits each, so that every position can be checked by eye.
 */
class ReadAllErrorsTest {

  private static final String DOC = Fixtures.MINIMAL;

  private static PlanReadException error(PlanReader reader, String json) {
    PlanReadException error = catchThrowableOfType(PlanReadException.class, () -> reader.read(json, "plan.json"));
    assertThat(error).as("reading should fail:%n%s", json).isNotNull();
    return error;
  }

  /** A wrong region, an unknown field and a date that does not exist: three errors, in document order. */
  private static final String THREE_MISTAKES = DOC
      .replace("\"lombardia\"", "\"lombardy\"")
      .replace("\"title\": \"Piano di Zona 2015-2017\",", "\"title\": \"Piano di Zona 2015-2017\", \"titel\": \"x\",")
      .replace("2017-12-31", "2017-02-30");

  @Test
  void aFileWithThreeIndependentMistakesReportsAllThreeInOneRun() {
    PlanReadException error = error(PlanJson.reader(), THREE_MISTAKES);
    assertThat(error.errors())
        .extracting(e -> e.kind(), e -> e.location().pointer(), e -> e.location().line())
        .containsExactly(
            tuple(ReadErrorKind.UNKNOWN_FIELD, "/titel", 4),
            tuple(ReadErrorKind.INVALID_VALUE, "/district/region", 8),
            tuple(ReadErrorKind.INVALID_VALUE, "/period/end", 12));
    assertThat(error.errors()).allSatisfy(e -> assertThat(e.location().source()).contains("plan.json"));
  }

  @Test
  void aMisspeltRequiredFieldIsOneMistakeNotAlsoAMissingOne() {
    String json = DOC.replace("\"title\": \"Piano di Zona 2015-2017\",", "\"titel\": \"Piano di Zona 2015-2017\",");
    PlanReadException error = error(PlanJson.reader(), json);
    assertThat(error.errors()).extracting(e -> e.kind(), e -> e.location().pointer())
        .containsExactly(tuple(ReadErrorKind.UNKNOWN_FIELD, "/titel"));
  }

  @Test
  void aRequiredFieldThatIsSimplyAbsentIsStillMissing() {
    String json = DOC.replace("\"title\": \"Piano di Zona 2015-2017\",", "");
    assertThat(error(PlanJson.reader(), json).errors()).extracting(e -> e.kind())
        .containsExactly(ReadErrorKind.MISSING_FIELD);
  }

  @Test
  void theFirstErrorIsStillTheExceptionsOwn() {
    PlanReadException error = error(PlanJson.reader(), THREE_MISTAKES);
    assertThat(error.kind()).isEqualTo(ReadErrorKind.UNKNOWN_FIELD);
    assertThat(error.location().pointer()).isEqualTo("/titel");
    assertThat(error.getMessage()).isEqualTo(error.errors().get(0).toString()).doesNotContain("\n");
  }

  @Test
  void aLimitOfOneGivesTheFirstErrorAlone() {
    PlanReader first = PlanJson.reader().withLimits(ReadLimits.builder().maxErrors(1).build());
    PlanReadException error = error(first, THREE_MISTAKES);
    assertThat(error.errors()).hasSize(1);
    assertThat(error.location().pointer()).isEqualTo("/titel");
  }

  @Test
  void noMoreErrorsThanTheLimitAreReported() {
    StringBuilder fields = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      fields.append("\"unknown").append(i).append("\": ").append(i).append(", ");
    }
    String json = DOC.replace("\"id\": \"crema-2015-2017\",", "\"id\": \"crema-2015-2017\", " + fields);
    assertThat(error(PlanJson.reader(), json).errors()).hasSize(20);
    PlanReader five = PlanJson.reader().withLimits(ReadLimits.builder().maxErrors(5).build());
    assertThat(error(five, json).errors()).hasSize(5)
        .extracting(e -> e.location().pointer()).containsExactly("/unknown0", "/unknown1", "/unknown2",
            "/unknown3", "/unknown4");
  }

  @Test
  void aWrongValueIsNotAlsoReportedMissing() {
    PlanReadException error = error(PlanJson.reader(), DOC.replace("\"Ambito Distrettuale di Crema\"", "42"));
    assertThat(error.errors()).extracting(ReadError::kind).containsExactly(ReadErrorKind.WRONG_TYPE);
  }

  @Test
  void aMissingFieldIsReportedBesideTheOthers() {
    String json = DOC.replace("\"name\": \"Ambito Distrettuale di Crema\",", "")
        .replace("2015-05-01", "2015-5-1");
    assertThat(error(PlanJson.reader(), json).errors())
        .extracting(ReadError::kind, e -> e.location().pointer())
        .containsExactly(tuple(ReadErrorKind.MISSING_FIELD, "/district"),
            tuple(ReadErrorKind.INVALID_VALUE, "/period/start"));
  }

  @Test
  void anObjectWhereTextBelongsIsSkippedWholeAndReadingGoesOn() {
    String json = DOC.replace("\"Piano di Zona 2015-2017\"", "{\"a\": [1, {\"b\": 2}], \"c\": {}}")
        .replace("\"lombardia\"", "\"lombardy\"");
    assertThat(error(PlanJson.reader(), json).errors())
        .extracting(ReadError::kind, e -> e.location().pointer())
        .containsExactly(tuple(ReadErrorKind.WRONG_TYPE, "/title"),
            tuple(ReadErrorKind.INVALID_VALUE, "/district/region"));
  }

  @Test
  void aRepeatedFieldIsReportedAndReadingGoesOn() {
    String json = DOC.replace("\"title\"", "\"id\"").replace("\"lombardia\"", "\"lombardy\"");
    assertThat(error(PlanJson.reader(), json).errors())
        .extracting(ReadError::kind, e -> e.location().pointer())
        .containsExactly(tuple(ReadErrorKind.DUPLICATE_FIELD, "/id"),
            tuple(ReadErrorKind.INVALID_VALUE, "/district/region"),
            tuple(ReadErrorKind.MISSING_FIELD, ""));
  }

  @Test
  void aSyntaxErrorEndsTheReadAfterTheErrorsBeforeIt() {
    String json = DOC.replace("\"lombardia\"", "\"lombardy\"").replace("\"2015-05-01\",", "\"2015-05-01\"");
    assertThat(error(PlanJson.reader(), json).errors())
        .extracting(ReadError::kind)
        .containsExactly(ReadErrorKind.INVALID_VALUE, ReadErrorKind.MALFORMED_JSON);
  }

  @Test
  void aLenientReaderStillCollectsTheErrorsItDoesNotForgive() {
    PlanReadException error = error(PlanJson.reader().lenient(), THREE_MISTAKES);
    assertThat(error.errors()).extracting(ReadError::kind)
        .containsExactly(ReadErrorKind.INVALID_VALUE, ReadErrorKind.INVALID_VALUE);
  }

  @Test
  void theLimitMustBePositive() {
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> ReadLimits.builder().maxErrors(0).build())).hasMessageContaining("maxErrors");
  }
}
