package it.pianodizona.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Oversized documents fail fast, with a clear message, before they cost memory or time. */
class ReadLimitsTest {

  private static final String DOC = Fixtures.MINIMAL;

  private static PlanReadException limitError(PlanReader reader, String json) {
    PlanReadException error = catchThrowableOfType(PlanReadException.class, () -> reader.read(json, "big.json"));
    assertThat(error).as("should exceed a limit").isNotNull();
    assertThat(error.kind()).as(error.getMessage()).isEqualTo(ReadErrorKind.LIMIT_EXCEEDED);
    assertThat(error.getMessage()).doesNotContain("\n").doesNotContain("StreamReadConstraints");
    return error;
  }

  @Test
  void theDefaultsAreSaneAndTheBaseDocumentIsWithinThem() {
    ReadLimits limits = ReadLimits.defaults();
    assertThat(limits.maxNestingDepth()).isEqualTo(32);
    assertThat(limits.maxNumberLength()).isEqualTo(100);
    assertThat(limits.maxStringLength()).isEqualTo(1 << 20);
    assertThat(limits.maxNameLength()).isEqualTo(1_000);
    assertThat(limits.maxDocumentLength()).isEqualTo(64 << 20);
    assertThat(PlanJson.reader().limits()).isEqualTo(limits);
    assertThat(PlanJson.reader().withLimits(ReadLimits.builder().maxNestingDepth(4).build()).read(DOC).plan())
        .isEqualTo(PlanJson.read(DOC));
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    // Inside an unknown field, read leniently: depth is checked even in what is skipped.
    String deep = DOC.replace("\"region\": \"lombardia\"",
        "\"region\": \"lombardia\", \"extra\": " + "[".repeat(100) + "]".repeat(100));
    PlanReadException error = limitError(PlanJson.reader().lenient(), deep);
    assertThat(error.englishMessage()).isEqualTo("nesting deeper than the limit of 32 levels");
    assertThat(error.italianMessage()).isEqualTo("annidamento oltre il limite di 32 livelli");
    assertThat(error.location().line()).isEqualTo(8);
    assertThat(error.location().pointer()).startsWith("/district/extra/0/0/0");

    // A lower limit applies to the plan's own structure: root, district, municipalities, one, its sources.
    PlanReader shallow = PlanJson.reader().withLimits(ReadLimits.builder().maxNestingDepth(4).build());
    String nested = DOC.replace("\"region\": \"lombardia\"", "\"region\": \"lombardia\", \"municipalities\": "
        + "[{\"id\": \"comune-crema\", \"name\": \"Crema\", \"sources\": [{\"document\": \"Piano di Zona 2015-2017\"}]}]");
    assertThat(limitError(shallow, nested).location().pointer()).isEqualTo("/district/municipalities/0/sources");
  }

  @Test
  void numbersLongerThanTheLimitAreRefused() {
    String json = DOC.replace("\"region\": \"lombardia\"", "\"region\": \"lombardia\", \"x\": 1" + "0".repeat(200));
    PlanReadException error = limitError(PlanJson.reader().lenient(), json);
    assertThat(error.englishMessage()).isEqualTo("number longer than the limit of 100 characters");
    assertThat(error.location().line()).isEqualTo(8);
    // Where the number starts.
    assertThat(error.location().column()).isEqualTo(json.split("\n")[7].indexOf("\"x\": 1") + 6);
    assertThat(error.location().pointer()).isEqualTo("/district/x");
  }

  @Test
  void stringsLongerThanTheLimitAreRefused() {
    String json = DOC.replace("Piano di Zona 2015-2017", "x".repeat((1 << 20) + 1));
    PlanReadException error = limitError(PlanJson.reader(), json);
    assertThat(error.englishMessage()).isEqualTo("text longer than the limit of 1048576 characters");
    assertThat(error.location().pointer()).isEqualTo("/title");

    PlanReader small = PlanJson.reader().withLimits(ReadLimits.builder().maxStringLength(20).build());
    assertThat(limitError(small, DOC).location().pointer()).isEqualTo("/title");
  }

  @Test
  void fieldNamesLongerThanTheLimitAreRefused() {
    String json = DOC.replace("\"title\"", "\"" + "t".repeat(2_000) + "\"");
    PlanReadException error = limitError(PlanJson.reader(), json);
    assertThat(error.englishMessage()).isEqualTo("field name longer than the limit of 1000 characters");
    assertThat(error.location().line()).isEqualTo(4);
  }

  @Test
  void documentsLongerThanTheLimitAreRefusedWithoutReadingThemWhole() throws Exception {
    PlanReader small = PlanJson.reader().withLimits(ReadLimits.builder().maxDocumentLength(100).build());
    PlanReadException error = limitError(small, DOC);
    assertThat(error.englishMessage()).isEqualTo("document longer than the limit of 100 bytes");
    assertThat(error.location().toString()).isEqualTo("big.json:5:8");

    // Bytes, with multi-byte characters before the limit: the column counts characters.
    byte[] bytes = DOC.replace("Piano di Zona", "Piano di Zonà").getBytes(StandardCharsets.UTF_8);
    PlanReadException fromBytes = catchThrowableOfType(PlanReadException.class, () -> small.read(bytes, "big.json"));
    assertThat(fromBytes.location().toString()).isEqualTo("big.json:5:7");

    // An endless stream: reading stops just past the limit.
    PlanReader oneMegabyte = PlanJson.reader().withLimits(ReadLimits.builder().maxDocumentLength(1 << 20).build());
    EndlessSpaces endless = new EndlessSpaces();
    PlanReadException fromStream = catchThrowableOfType(PlanReadException.class,
        () -> oneMegabyte.read(endless, "endless.json"));
    assertThat(fromStream.kind()).isEqualTo(ReadErrorKind.LIMIT_EXCEEDED);
    assertThat(endless.served).isLessThanOrEqualTo((1 << 20) + 1 + 8192);
  }

  @Test
  void theDefaultDocumentLimitHoldsForStreams() {
    byte[] huge = new byte[(64 << 20) + 1];
    java.util.Arrays.fill(huge, (byte) ' ');
    assertThatThrownBy(() -> PlanJson.read(new ByteArrayInputStream(huge), "huge.json"))
        .isInstanceOfSatisfying(PlanReadException.class,
            e -> assertThat(e.kind()).isEqualTo(ReadErrorKind.LIMIT_EXCEEDED));
  }

  @Test
  void limitsThemselvesMustBeSane() {
    assertThatThrownBy(() -> ReadLimits.builder().maxNestingDepth(1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxNestingDepth");
    assertThatThrownBy(() -> ReadLimits.builder().maxDocumentLength(0).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Spaces for ever, counting how many were asked for. */
  private static final class EndlessSpaces extends InputStream {
    long served;

    @Override
    public int read() {
      served++;
      return ' ';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
      served += length;
      return length;
    }
  }
}
