package it.pianodizona.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.pianodizona.io.HostileCorpus.Readable;
import it.pianodizona.io.HostileCorpus.Unreadable;
import it.pianodizona.rules.Finding;
import it.pianodizona.rules.RuleCatalogue;
import it.pianodizona.rules.ValidationOptions;
import it.pianodizona.rules.ValidationReport;
import it.pianodizona.rules.Validator;
import it.pianodizona.rules.standard.StandardRules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Il corpus ostile: every hostile or malformed file of {@code src/test/resources/bad/} ends in
 * exactly the error its manifest names — kind, line, column, JSON Pointer and message — by
 * every way of reading it, quickly and on one printable line; and the few files that are
 * awkward but possible (dangling references, a repeated id, byte order marks) are read, with
 * the rule that reports them at the right path.
 *
 * <p>A dangling reference is not a read error by design: the model loads whatever can exist,
 * however implausible, and the integrity rules of plan-rules report what does not add up.
 */
class HostileCorpusTest {

  private static final Validator VALIDATOR = StandardRules.validator(
      ValidationOptions.builder().asOf(LocalDate.of(2016, 1, 1)).build());

  /** Generous for a 2-core machine running other builds; a read takes milliseconds. */
  private static final long MAX_MILLIS = 2_000;

  @BeforeAll
  static void warmUp() {
    // Class loading and the first JIT pass cost a second or so once; the bounds are about reading.
    PlanJson.read(Fixtures.MINIMAL);
    catchThrowableOfType(PlanReadException.class, () -> PlanJson.read("{\"schemaVersion\": 1}"));
  }

  static List<Unreadable> unreadable() {
    return HostileCorpus.unreadable();
  }

  static List<Readable> readable() {
    return HostileCorpus.readable();
  }

  @Test
  void theManifestsListEveryFileOfTheCorpusOnce() {
    List<String> listed = Stream.concat(
            unreadable().stream().map(Unreadable::file), readable().stream().map(Readable::file))
        .sorted().collect(Collectors.toList());
    assertThat(listed).doesNotHaveDuplicates().isEqualTo(HostileCorpus.files());
    assertThat(unreadable()).hasSizeGreaterThanOrEqualTo(50);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadable")
  void eachBadFileEndsInItsLocatedError(Unreadable expected) throws IOException {
    Path file = HostileCorpus.file(expected.file());

    long start = System.nanoTime();
    PlanReadException error = catchThrowableOfType(PlanReadException.class, () -> PlanJson.read(file));
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(error).as("reading %s should fail", expected.file()).isNotNull();
    assertExpected(error, expected);
    assertThat(error.location().source()).contains(file.toString());
    assertThat(error.getMessage()).startsWith(error.location() + ": ")
        .contains(error.italianMessage() + " | " + error.englishMessage());
    assertPrintableOneLine(error.getMessage());
    assertThat(error.italianMessage()).isNotBlank();
    assertThat(millis).as("milliseconds to refuse %s", expected.file()).isLessThan(MAX_MILLIS);

    // The same bytes given as an array or a stream give the same error.
    byte[] bytes = Files.readAllBytes(file);
    assertExpected(catchThrowableOfType(PlanReadException.class, () -> PlanJson.read(bytes, "x.json")), expected);
    assertExpected(catchThrowableOfType(PlanReadException.class,
        () -> PlanJson.read(new ByteArrayInputStream(bytes), "x.json")), expected);
  }

  /**
   * Decoded to text (as {@code Files.readString} would), a well-formed UTF-8 file gives the same
   * error where the error is about content: malformed JSON is located wherever each of
   * Jackson's two scanners stops, which may differ.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadable")
  void asTextTheSameContentErrorIsFoundAtTheSamePlace(Unreadable expected) throws IOException {
    Optional<String> text = strictUtf8(Files.readAllBytes(HostileCorpus.file(expected.file())));
    if (text.isEmpty() || expected.kind() == ReadErrorKind.MALFORMED_JSON) {
      return;
    }
    assertExpected(catchThrowableOfType(PlanReadException.class, () -> PlanJson.read(text.get(), "x.json")),
        expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readable")
  void theModelLoadsWhatCanExistAndTheRulesReportWhatDoesNotAddUp(Readable expected) throws IOException {
    Path file = HostileCorpus.file(expected.file());
    ReadResult result = PlanJson.reader().read(file);
    assertThat(result.warnings()).isEmpty();
    ValidationReport report = VALIDATOR.validate(result.plan());
    assertThat(report.findings()).extracting(Finding::ruleId).doesNotContain(RuleCatalogue.RULE_FAILED.id());
    if (!expected.rule().isEmpty()) {
      assertThat(report.findings())
          .as(report.toString())
          .anySatisfy(finding -> {
            assertThat(finding.ruleId()).isEqualTo(expected.rule());
            assertThat(finding.path()).isEqualTo(expected.path());
          });
    }
    // Whatever the encoding and byte order mark, the content is that of the plain UTF-8 file.
    if (expected.file().contains("bom")) {
      assertThat(result.plan()).isEqualTo(PlanJson.read(Fixtures.MINIMAL));
    }
  }

  @Test
  void textKeepsTheByteOrderMarkOfItsFileAndIsReadAllTheSame() throws IOException {
    // Files.readString keeps U+FEFF; Jackson's text parser would refuse it as a character.
    String text = Files.readString(HostileCorpus.file("bom-utf8.json"));
    assertThat(text).startsWith("\uFEFF");
    assertThat(PlanJson.read(text)).isEqualTo(PlanJson.read(Fixtures.MINIMAL));

    String wrongType = Files.readString(HostileCorpus.file("bom-then-wrong-type.json"));
    PlanReadException error = catchThrowableOfType(PlanReadException.class, () -> PlanJson.read(wrongType));
    assertThat(error.location().toString()).isEqualTo("1:32 /id");
  }

  // ---- the lenient reader skips unknown fields, which makes two of the files interesting again

  @Test
  void depthIsLimitedEvenInWhatALenientReaderSkips() throws IOException {
    PlanReadException error = catchThrowableOfType(PlanReadException.class,
        () -> PlanJson.reader().lenient().read(HostileCorpus.file("deep-nesting-in-unknown-field.json")));
    assertThat(error.kind()).isEqualTo(ReadErrorKind.LIMIT_EXCEEDED);
    assertThat(error.englishMessage()).isEqualTo("nesting deeper than the limit of 32 levels");
    // The first bracket of "allegati" is at column 17 of line 9, on level 3 (the plan is 1, the
    // district 2): the 31st bracket would open level 33.
    assertThat(error.location().line()).isEqualTo(9);
    assertThat(error.location().column()).isEqualTo(17 + 30);
    assertThat(error.location().pointer()).isEqualTo("/district/allegati" + "/0".repeat(30));
  }

  /**
   * Forty thousand unknown fields on one line give a hundred warnings and one that counts the
   * rest, fast: each warning used to cost a count of the line from its start, and memory
   * without bound.
   */
  @Test
  void aLenientReaderListsAHundredUnknownFieldsAndCountsTheRest() throws IOException {
    long start = System.nanoTime();
    ReadResult result = PlanJson.reader().lenient().read(HostileCorpus.file("many-keys.json"));
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(result.plan()).isEqualTo(PlanJson.read(Fixtures.MINIMAL));
    assertThat(result.warnings()).hasSize(101);
    List<ReadWarning> listed = new ArrayList<>(result.warnings().subList(0, 100));
    for (int i = 0; i < listed.size(); i++) {
      // Line 9 is four spaces, then "c00000":0,"c00001":0,... eleven characters each.
      assertThat(listed.get(i).location().toString()).endsWith(":9:" + (5 + 11 * i) + " /district/c" + String.format("%05d", i));
    }
    ReadWarning rest = result.warnings().get(100);
    assertThat(rest.kind()).isEqualTo(ReadErrorKind.UNKNOWN_FIELD);
    assertThat(rest.englishMessage()).isEqualTo("39901 more unknown fields not listed, the first here");
    assertThat(rest.location().pointer()).isEqualTo("/district/c00100");
    assertThat(rest.location().column()).isEqualTo(5 + 11 * 100);
    assertThat(millis).isLessThan(MAX_MILLIS);
  }

  static void assertExpected(PlanReadException error, Unreadable expected) {
    assertThat(error).as("reading %s should fail", expected.file()).isNotNull();
    String actual = error.kind() + " " + error.location().line() + ":" + error.location().column() + " "
        + error.location().pointer();
    assertThat(actual).as("%s: %s", expected.file(), error.getMessage())
        .isEqualTo(expected.kind() + " " + expected.line() + ":" + expected.column() + " " + expected.pointer());
    assertThat(error.englishMessage()).as(expected.file()).startsWith(expected.message());
  }

  /** One line, and nothing a terminal would act on rather than show. */
  static void assertPrintableOneLine(String message) {
    assertThat(message.codePoints().filter(c -> Character.isISOControl(c)
            || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE
            || c == '\u2028' || c == '\u2029'))
        .as("control characters in %s", message)
        .isEmpty();
  }

  private static Optional<String> strictUtf8(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
