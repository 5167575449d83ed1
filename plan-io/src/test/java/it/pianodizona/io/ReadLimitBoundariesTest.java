package it.pianodizona.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Limiti al confine: a document, a field name or a number exactly as long as its limit is read;
 * one more byte or character is refused, and located where it is, however it reaches the reader
 * (bytes, text, a stream, a file).
 */
class ReadLimitBoundariesTest {

  private static final String DOC = Fixtures.MINIMAL;
  private static final byte[] BYTES = DOC.getBytes(StandardCharsets.UTF_8);

  private static PlanReader limitedTo(int length) {
    return PlanJson.reader().withLimits(ReadLimits.builder().maxDocumentLength(length).build());
  }

  @Test
  void aDocumentExactlyAsLongAsTheLimitIsRead(@TempDir Path dir) throws Exception {
    PlanReader exact = limitedTo(BYTES.length);
    Path file = Files.write(dir.resolve("exact.json"), BYTES);

    assertThat(exact.read(BYTES, "exact.json").plan().id()).isEqualTo("crema-2015-2017");
    assertThat(exact.read(DOC, "exact.json").plan().id()).isEqualTo("crema-2015-2017");
    assertThat(exact.read(new ByteArrayInputStream(BYTES), "exact.json").plan().id()).isEqualTo("crema-2015-2017");
    assertThat(exact.read(file).plan().id()).isEqualTo("crema-2015-2017");
  }

  @Test
  void aDocumentOneByteLongerThanTheLimitIsRefused(@TempDir Path dir) throws Exception {
    PlanReader short1 = limitedTo(BYTES.length - 1);
    Path file = Files.write(dir.resolve("long.json"), BYTES);

    assertLimit(() -> short1.read(BYTES, "long.json"));
    assertLimit(() -> short1.read(DOC, "long.json"));
    assertLimit(() -> short1.read(new ByteArrayInputStream(BYTES), "long.json"));
    assertLimit(() -> short1.read(file));
  }

  @Test
  void aFieldNameAsLongAsTheLimitPassesAndTheLongerOneIsTheOneLocated() {
    // Line 4 has a name of exactly 1000 characters (an unknown field: a warning when lenient);
    // line 8 has one of 1001, the one the error must point at.
    String json = DOC.replace("\"title\"", "\"" + "t".repeat(1_000) + "\": \"x\", \"title\"")
        .replace("\"region\"", "\"" + "r".repeat(1_001) + "\": 1, \"region\"");
    PlanReadException error = catchThrowableOfType(PlanReadException.class,
        () -> PlanJson.reader().lenient().read(json, "names.json"));

    assertThat(error.kind()).isEqualTo(ReadErrorKind.LIMIT_EXCEEDED);
    assertThat(error.location().line()).isEqualTo(8);
    assertThat(error.location().pointer()).isEqualTo("/district");
    assertThat(PlanJson.reader().lenient().read(DOC.replace("\"title\"", "\"" + "t".repeat(1_000) + "\": \"x\", \"title\""))
        .warnings()).hasSize(1);
  }

  @Test
  void aNumberAsLongAsTheLimitPassesAndTheLongerOneIsTheOneLocated() {
    String json = DOC.replace("\"title\"", "\"n\": 1" + "0".repeat(99) + ", \"title\"")
        .replace("\"region\"", "\"m\": 1" + "0".repeat(100) + ", \"region\"");
    PlanReadException error = catchThrowableOfType(PlanReadException.class,
        () -> PlanJson.reader().lenient().read(json, "numbers.json"));

    assertThat(error.kind()).isEqualTo(ReadErrorKind.LIMIT_EXCEEDED);
    assertThat(error.location().line()).isEqualTo(8);
    assertThat(error.location().pointer()).isEqualTo("/district/m");
    assertThat(PlanJson.reader().lenient().read(DOC.replace("\"title\"", "\"n\": 1" + "0".repeat(99) + ", \"title\""))
        .warnings()).hasSize(1);
  }

  @Test
  void theSmallestLimitsAllowedAreAllowedAndOneLessIsNot() {
    ReadLimits smallest = ReadLimits.builder().maxNestingDepth(4).maxNumberLength(20).maxStringLength(1)
        .maxNameLength(64).maxErrors(1).maxDocumentLength(1).build();
    assertThat(smallest.maxNumberLength()).isEqualTo(20);
    assertThat(ReadLimits.builder().maxDocumentLength(Integer.MAX_VALUE - 16).build().maxDocumentLength())
        .isEqualTo(Integer.MAX_VALUE - 16);

    assertRefused(ReadLimits.builder().maxNestingDepth(3), "maxNestingDepth");
    assertRefused(ReadLimits.builder().maxNumberLength(19), "maxNumberLength");
    assertRefused(ReadLimits.builder().maxStringLength(0), "maxStringLength");
    assertRefused(ReadLimits.builder().maxNameLength(63), "maxNameLength");
    assertRefused(ReadLimits.builder().maxErrors(0), "maxErrors");
    assertRefused(ReadLimits.builder().maxDocumentLength(0), "maxDocumentLength");
    assertRefused(ReadLimits.builder().maxDocumentLength(Integer.MAX_VALUE - 15), "maxDocumentLength");
  }

  private static void assertRefused(ImmutableReadLimits.Builder limits, String which) {
    org.assertj.core.api.Assertions.assertThatThrownBy(limits::build)
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(which);
  }

  @Test
  void aFieldNameFarFromEveryKnownOneGetsNoSuggestion() {
    String far = DOC.replace("\"title\"", "\"zzzzzzzz\": 1, \"title\"");
    String near = DOC.replace("\"title\"", "\"titel\": 1, \"title\"");

    assertThat(catchThrowableOfType(PlanReadException.class, () -> PlanJson.reader().read(far, "far.json"))
        .englishMessage()).isEqualTo("unknown field \"zzzzzzzz\" in ZonePlan");
    assertThat(catchThrowableOfType(PlanReadException.class, () -> PlanJson.reader().read(near, "near.json"))
        .englishMessage()).contains("did you mean \"title\"?");
  }

  private static void assertLimit(org.assertj.core.api.ThrowableAssert.ThrowingCallable read) {
    PlanReadException error = catchThrowableOfType(PlanReadException.class, read);
    assertThat(error).as("the document is over the limit").isNotNull();
    assertThat(error.kind()).isEqualTo(ReadErrorKind.LIMIT_EXCEEDED);
    assertThat(error.englishMessage()).isEqualTo("document longer than the limit of " + (BYTES.length - 1) + " bytes");
  }
}
