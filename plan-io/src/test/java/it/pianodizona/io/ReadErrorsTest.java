package it.pianodizona.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.pianodizona.model.ZonePlan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a document can fail to be a plan ends in one {@link PlanReadException} that says
 * where (line, column, JSON Pointer) and why, in Italian and English. The documents are
 * {@link Fixtures#MINIMAL} with one edit each, so each expected position can be checked by eye.
 */
class ReadErrorsTest {

  private static final String DOC = Fixtures.MINIMAL;

  /** The document with extra root fields after {@code period}, starting on line 14. */
  private static String with(String fields) {
    return DOC.substring(0, DOC.lastIndexOf("  }\n}")) + "  },\n" + fields + "\n}\n";
  }

  private static PlanReadException error(String json) {
    PlanReadException error = catchThrowableOfType(PlanReadException.class, () -> PlanJson.read(json, "plan.json"));
    assertThat(error).as("reading should fail:%n%s", json).isNotNull();
    assertThat(error.getMessage()).as("one line, Italian | English").doesNotContain("\n").contains(" | ");
    assertThat(error.location().source()).contains("plan.json");
    return error;
  }

  private static void assertError(PlanReadException error, ReadErrorKind kind, int line, int column, String pointer) {
    assertThat(error.kind()).as(error.getMessage()).isEqualTo(kind);
    assertThat(error.location().pointer()).as(error.getMessage()).isEqualTo(pointer);
    assertThat(error.location().line()).as(error.getMessage()).isEqualTo(line);
    assertThat(error.location().column()).as(error.getMessage()).isEqualTo(column);
  }

  @Test
  void theBaseDocumentReads() {
    assertThat(PlanJson.read(DOC).district().name()).isEqualTo("Ambito Distrettuale di Crema");
  }

  // ---- JSON syntax

  @Test
  void malformedJsonIsLocated() {
    PlanReadException error = error(DOC.replace("\"crema-2015-2017\",", "\"crema-2015-2017\""));
    assertError(error, ReadErrorKind.MALFORMED_JSON, 4, 3, "/id");
    assertThat(error.englishMessage()).startsWith("malformed JSON: Unexpected character");
    assertThat(error.italianMessage()).startsWith("JSON non valido: ");
    assertThat(error.getMessage()).startsWith("plan.json:4:3 /id: JSON non valido");
  }

  @Test
  void aTruncatedDocumentIsMalformedAtItsEnd() {
    PlanReadException error = error(DOC.substring(0, DOC.length() - 2));
    assertError(error, ReadErrorKind.MALFORMED_JSON, 14, 1, "/period");
    assertThat(error.englishMessage()).contains("end-of-input").doesNotContain("Source");
  }

  @Test
  void anEmptyDocumentIsNotAPlan() {
    assertError(error(" \n "), ReadErrorKind.EMPTY_DOCUMENT, 2, 2, "");
  }

  @Test
  void nothingMayFollowThePlan() {
    assertError(error(DOC + "{}"), ReadErrorKind.TRAILING_CONTENT, 15, 1, "");
    assertError(error(DOC + "\n  ]"), ReadErrorKind.TRAILING_CONTENT, 16, 3, "");
  }

  @Test
  void aFieldMayNotAppearTwice() {
    PlanReadException error = error(DOC.replace("\"title\"", "\"id\""));
    assertError(error, ReadErrorKind.DUPLICATE_FIELD, 4, 3, "/id");
    assertThat(error.englishMessage()).isEqualTo("field \"id\" appears twice in ZonePlan");
  }

  // ---- fields and types

  @Test
  void unknownFieldsAreErrorsWithASuggestion() {
    PlanReadException error = error(DOC.replace("\"name\"", "\"nmae\""));
    assertError(error, ReadErrorKind.UNKNOWN_FIELD, 7, 5, "/district/nmae");
    assertThat(error.englishMessage()).isEqualTo("unknown field \"nmae\" in District (did you mean \"name\"?)");
    assertThat(error.italianMessage()).isEqualTo("campo sconosciuto \"nmae\" in District (forse \"name\"?)");
  }

  @Test
  void aLenientReaderWarnsAboutUnknownFieldsAndSkipsThem() {
    String json = DOC.replace("\"region\": \"lombardia\"",
        "\"region\": \"lombardia\",\n    \"colour\": {\"nested\": [1, {\"deep\": null}]}");
    assertError(error(json), ReadErrorKind.UNKNOWN_FIELD, 9, 5, "/district/colour");

    ReadResult result = PlanJson.reader().lenient().read(json, "plan.json");

    assertThat(result.plan()).isEqualTo(PlanJson.read(DOC));
    assertThat(result.warnings()).singleElement().satisfies(warning -> {
      assertThat(warning.kind()).isEqualTo(ReadErrorKind.UNKNOWN_FIELD);
      assertThat(warning.location().pointer()).isEqualTo("/district/colour");
      assertThat(warning.location().line()).isEqualTo(9);
      assertThat(warning.toString()).startsWith("plan.json:9:5 /district/colour: campo sconosciuto");
    });
  }

  @Test
  void aLenientReaderIsStrictAboutEverythingElse() {
    PlanReadException error = catchThrowableOfType(PlanReadException.class,
        () -> PlanJson.reader().lenient().read(DOC.replace("\"title\"", "\"id\"")));
    assertThat(error.kind()).isEqualTo(ReadErrorKind.DUPLICATE_FIELD);
    assertThat(PlanJson.reader().lenient().read(DOC).warnings()).isEmpty();
  }

  @Test
  void wrongTypesAreLocatedAtTheValue() {
    PlanReadException number = error(DOC.replace("\"Piano di Zona 2015-2017\"", "12"));
    assertError(number, ReadErrorKind.WRONG_TYPE, 4, 12, "/title");
    assertThat(number.englishMessage()).isEqualTo("expected a string, found an integer");
    assertThat(number.italianMessage()).isEqualTo("atteso una stringa, trovato un numero intero");

    assertError(error(DOC.replace("\"district\": {", "\"district\": [{").replace("  },\n  \"period\"", "  }],\n  \"period\"")),
        ReadErrorKind.WRONG_TYPE, 5, 15, "/district");
    assertError(error("[]"), ReadErrorKind.WRONG_TYPE, 1, 1, "");
    assertError(error(with("  \"objectives\": {}")), ReadErrorKind.WRONG_TYPE, 14, 17, "/objectives");
  }

  @Test
  void nullIsNeverAValue() {
    PlanReadException error = error(DOC.replace("\"Piano di Zona 2015-2017\"", "null"));
    assertError(error, ReadErrorKind.WRONG_TYPE, 4, 12, "/title");
    assertThat(error.englishMessage()).isEqualTo("expected a string, found null (leave the field out instead)");
  }

  @Test
  void missingRequiredFieldsAreReportedAtTheirObject() {
    PlanReadException error = error(DOC.replace(",\n    \"region\": \"lombardia\"", ""));
    assertError(error, ReadErrorKind.MISSING_FIELD, 5, 15, "/district");
    assertThat(error.englishMessage()).isEqualTo("District lacks the required field \"region\"");

    PlanReadException two = error(with("  \"objectives\": [\n    {\"id\": \"obj-1\"}\n  ]"));
    assertError(two, ReadErrorKind.MISSING_FIELD, 15, 5, "/objectives/0");
    assertThat(two.englishMessage()).isEqualTo("Objective lacks the required field \"code\", \"title\"");
  }

  // ---- the format version

  @Test
  void anUnknownSchemaVersionIsRefusedClearly() {
    PlanReadException error = error(DOC.replace("\"1.0\"", "\"2.0\""));
    assertError(error, ReadErrorKind.UNSUPPORTED_SCHEMA_VERSION, 2, 20, "/schemaVersion");
    assertThat(error.englishMessage()).isEqualTo("schemaVersion \"2.0\" is not supported: this library reads 1.0, 1.1");
    assertThat(error.italianMessage())
        .isEqualTo("versione del formato \"2.0\" non supportata: questa libreria legge le versioni 1.0, 1.1");
  }

  @Test
  void aDocumentWithoutSchemaVersionIsNotAPlanDocument() {
    PlanReadException error = error(DOC.replace("  \"schemaVersion\": \"1.0\",\n", ""));
    assertError(error, ReadErrorKind.MISSING_FIELD, 1, 1, "");
    assertThat(error.englishMessage()).contains("\"schemaVersion\"");
  }

  // ---- values

  @Test
  void enumValuesAreLowerCaseNames() {
    PlanReadException error = error(DOC.replace("\"lombardia\"", "\"Lombardia\""));
    assertError(error, ReadErrorKind.INVALID_VALUE, 8, 15, "/district/region");
    assertThat(error.englishMessage()).startsWith("value \"Lombardia\" is not a Region; allowed: piemonte, ")
        .contains("lombardia");
  }

  @Test
  void datesMustExist() {
    PlanReadException error = error(DOC.replace("2017-12-31", "2017-02-30"));
    assertError(error, ReadErrorKind.INVALID_VALUE, 12, 12, "/period/end");
    assertThat(error.englishMessage()).isEqualTo("no such date \"2017-02-30\"");
    assertError(error(DOC.replace("2017-12-31", "31/12/2017")), ReadErrorKind.INVALID_VALUE, 12, 12, "/period/end");
    assertError(error(DOC.replace("2017-12-31", "+2017-12-31")), ReadErrorKind.INVALID_VALUE, 12, 12, "/period/end");
    assertError(error(with("  \"annualOperatingPlans\": [{\"year\": 2016, \"title\": \"POA\", \"adoptedOn\": \"2016-13-01\"}]")),
        ReadErrorKind.INVALID_VALUE, 14, 72, "/annualOperatingPlans/0/adoptedOn");
  }

  @Test
  void whatTheModelRejectsIsLocatedAtTheObject() {
    PlanReadException error = error(DOC.replace("2015-05-01", "2018-05-01"));
    assertError(error, ReadErrorKind.REJECTED_BY_MODEL, 10, 13, "/period");
    assertThat(error.englishMessage())
        .isEqualTo("PlanPeriod rejected by the model: a period cannot end (2017-12-31) before it starts (2018-05-01)");
    assertThat(error.italianMessage()).startsWith("PlanPeriod non ammesso dal modello: ");

    PlanReadException nested = error(with("""
          "objectives": [
            {
              "id": "obj-7",
              "code": "7",
              "title": "Gestione associata",
              "indicators": [
                {
                  "id": "obj-7-share",
                  "description": "Quota di spesa sociale gestita a livello distrettuale",
                  "unit": "percentage",
                  "target": {"kind": "between", "min": 45}
                }
              ]
            }
          ]"""));
    assertError(nested, ReadErrorKind.REJECTED_BY_MODEL, 24, 19, "/objectives/0/indicators/0/target");
    assertThat(nested.englishMessage()).endsWith("a BETWEEN target needs min and max");
  }

  @Test
  void amountsStopAtTheCent() {
    PlanReadException error = error(with("  \"budget\": {\"lines\": [{\"year\": 2015, \"amount\": 15000.001}]}"));
    assertError(error, ReadErrorKind.INVALID_VALUE, 14, 49, "/budget/lines/0/amount");
    assertThat(error.englishMessage())
        .isEqualTo("amount \"15000.001\" has more than 2 decimals: an amount in euros stops at the cent");
  }

  @Test
  void wholeNumbersAreWholeAndInRange() {
    String count = "  \"declaredCounts\": [{\"subject\": \"sub_districts\", \"value\": %s, \"statedAs\": \"6 sub ambiti\"}]";
    assertError(error(with(count.formatted("6.0"))), ReadErrorKind.WRONG_TYPE, 14, 60, "/declaredCounts/0/value");
    assertError(error(with(count.formatted("-1"))), ReadErrorKind.INVALID_VALUE, 14, 60, "/declaredCounts/0/value");
    assertError(error(with(count.formatted("3000000000"))), ReadErrorKind.INVALID_VALUE, 14, 60,
        "/declaredCounts/0/value");
  }

  @Test
  void aSetMayNotRepeatAValue() {
    PlanReadException error = error(with("  \"governanceBodies\": [{\"id\": \"assemblea\", \"kind\": \"mayors_assembly\", "
        + "\"name\": \"Assemblea dei Sindaci\", \"powers\": [\"decides\", \"decides\"]}]"));
    assertError(error, ReadErrorKind.INVALID_VALUE, 14, 126, "/governanceBodies/0/powers/1");
  }

  @Test
  void numbersBeyondAnySensibleScaleAreRefused() {
    PlanReadException error = error(with("  \"objectives\": [{\"id\": \"o\", \"code\": \"1\", \"title\": \"t\", "
        + "\"indicators\": [{\"id\": \"i\", \"description\": \"d\", \"unit\": \"count\", \"baseline\": 1e-999999999}]}]"));
    assertThat(error.kind()).isEqualTo(ReadErrorKind.INVALID_VALUE);
    assertThat(error.location().pointer()).isEqualTo("/objectives/0/indicators/0/baseline");
  }

  // ---- locations

  @Test
  void columnsCountCharactersNotBytes() {
    // "Comunità" is 8 characters and 9 bytes in UTF-8: the unknown field is at column 24 either way.
    String json = DOC.replace("\"title\": \"Piano di Zona 2015-2017\",", "\"title\": \"Comunità\", \"bogus\": 1,");
    PlanReadException fromText = error(json);
    PlanReadException fromBytes = catchThrowableOfType(PlanReadException.class,
        () -> PlanJson.read(json.getBytes(StandardCharsets.UTF_8), "plan.json"));
    assertError(fromText, ReadErrorKind.UNKNOWN_FIELD, 4, 24, "/bogus");
    assertError(fromBytes, ReadErrorKind.UNKNOWN_FIELD, 4, 24, "/bogus");
    // ... and after a byte order mark too.
    byte[] bom = ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8);
    assertError(catchThrowableOfType(PlanReadException.class, () -> PlanJson.read(bom, "plan.json")),
        ReadErrorKind.UNKNOWN_FIELD, 4, 24, "/bogus");
  }

  @Test
  void errorsNameTheFileTheyComeFrom(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("crema.json");
    Files.writeString(file, DOC.replace("2017-12-31", "2017-02-30"));
    PlanReadException error = catchThrowableOfType(PlanReadException.class, () -> PlanJson.read(file));
    assertThat(error.location().source()).contains(file.toString());
    assertThat(error.getMessage()).isEqualTo(file + ":12:12 /period/end: data inesistente \"2017-02-30\""
        + " | no such date \"2017-02-30\"");

    PlanReadException fromStream = catchThrowableOfType(PlanReadException.class, () -> PlanJson.read(
        new ByteArrayInputStream(Files.readAllBytes(file)), "https://example.org/crema.json"));
    assertThat(fromStream.location().toString()).isEqualTo("https://example.org/crema.json:12:12 /period/end");

    PlanReadException anonymous = catchThrowableOfType(PlanReadException.class,
        () -> PlanJson.read(Files.readString(file)));
    assertThat(anonymous.location().source()).isEmpty();
    assertThat(anonymous.getMessage()).startsWith("12:12 /period/end: ");
  }

  @Test
  void longValuesAreCutShortInMessages() {
    String longName = "x".repeat(500);
    PlanReadException error = error(DOC.replace("\"lombardia\"", "\"" + longName + "\""));
    assertThat(error.getMessage()).contains("x".repeat(60) + "…").doesNotContain("x".repeat(61));
  }

  @Test
  void aValidDocumentGivesAPlanAndNoWarnings() {
    ReadResult result = PlanJson.reader().read(DOC, "plan.json");
    assertThat(result.warnings()).isEmpty();
    assertThat(result.plan()).isInstanceOf(ZonePlan.class);
  }
}
