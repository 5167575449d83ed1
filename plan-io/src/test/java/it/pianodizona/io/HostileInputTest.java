package it.pianodizona.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.pianodizona.model.ZonePlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input chosen to hurt: what a file cannot make the reader do (hold more than the limit in
 * memory) and what a plan cannot make the writer do (write something else than it holds).
 */
class HostileInputTest {

  /**
   * A file longer than the document limit is refused from its size. Reading it used to fill the
   * limit's 64 MiB — twice, on the way — before saying so: an OutOfMemoryError under a small
   * heap, and in any JVM a way to take 128 MiB per request.
   */
  @Test
  void aFileOverTheLimitIsRefusedWithoutReadingItIntoMemory(@TempDir Path dir) throws Exception {
    Path huge = dir.resolve("huge.json");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(100L << 20); // sparse: a hundred megabytes of NUL that cost no disk
    }
    PlanReadException error = catchThrowableOfType(PlanReadException.class, () -> PlanJson.read(huge));
    assertThat(error.kind()).isEqualTo(ReadErrorKind.LIMIT_EXCEEDED);
    assertThat(error.englishMessage()).isEqualTo("document longer than the limit of 67108864 bytes");
    // Located at the first byte past the limit, as the same content read from memory is.
    assertThat(error.location().toString()).isEqualTo(huge + ":1:67108865");

    assertThat(JavaProcess.run(List.of("-Xmx32m"), "read", huge.toString()))
        .isEqualTo("LIMIT_EXCEEDED " + huge + ":1:67108865");
  }

  /** A file within the limit is read into one array of its size: a stream needs two on the way. */
  @Test
  void aFileWithinTheLimitIsReadIntoOneArrayOfItsSize(@TempDir Path dir) throws Exception {
    Path spaces = dir.resolve("spaces.json");
    Files.write(spaces, " ".repeat(20 << 20).getBytes(StandardCharsets.US_ASCII));
    assertThat(JavaProcess.run(List.of("-Xmx40m", "-XX:+UseSerialGC"), "read", spaces.toString()))
        .isEqualTo("EMPTY_DOCUMENT " + spaces + ":1:20971521");
  }

  @Test
  void theByteOrderMarkIsNoColumnOfTheFirstLine() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] json = "{\"schemaVersion\": \"1.0\", \"id\": 2015}".getBytes(StandardCharsets.UTF_8);
    byte[] both = new byte[bom.length + json.length];
    System.arraycopy(bom, 0, both, 0, bom.length);
    System.arraycopy(json, 0, both, bom.length, json.length);
    assertThat(catchThrowableOfType(PlanReadException.class, () -> PlanJson.read(both, "p.json")).location())
        .hasToString("p.json:1:32 /id");
    assertThat(catchThrowableOfType(PlanReadException.class, () -> PlanJson.read(json, "p.json")).location())
        .hasToString("p.json:1:32 /id");
    PlanReader small = PlanJson.reader().withLimits(ReadLimits.builder().maxDocumentLength(10).build());
    assertThat(catchThrowableOfType(PlanReadException.class, () -> small.read(both, "p.json")).location())
        .hasToString("p.json:1:8");
  }

  /**
   * Jackson's UTF-8 writer merges an unpaired surrogate with the character after it into
   * another one ("a\uD800b" was written as "a" + U+10062): such text is refused, by the reader
   * with its location and by the writer before the file is touched.
   */
  @Test
  void unpairedSurrogatesAreRefusedNotRewritten(@TempDir Path dir) throws IOException {
    PlanReadException error = catchThrowableOfType(PlanReadException.class,
        () -> PlanJson.read(Fixtures.MINIMAL.replace("Piano di Zona 2015-2017", "Piano\\udc00 di Zona"), "p.json"));
    assertThat(error.kind()).isEqualTo(ReadErrorKind.INVALID_VALUE);
    assertThat(error.location()).hasToString("p.json:4:12 /title");
    assertThat(error.englishMessage())
        .isEqualTo("text with an unpaired UTF-16 surrogate (\\uDC00 at character 6): not Unicode text");
    // A pair, escaped or not, is a character like any other.
    assertThat(PlanJson.read(Fixtures.MINIMAL.replace("2015-2017\"", "2015-2017 \\ud83d\\ude00 😀\"")).title())
        .isEqualTo("Piano di Zona 2015-2017 😀 😀");

    ZonePlan broken = ZonePlan.builder().from(PlanJson.read(Fixtures.MINIMAL)).title("a\uD800b").build();
    assertThatThrownBy(() -> PlanJson.write(broken)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unpaired UTF-16 surrogate (\\uD800 at index 1)");
    assertThatThrownBy(() -> PlanJson.write(broken, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class);
    Path file = writeMinimal(dir);
    byte[] before = Files.readAllBytes(file);
    assertThatThrownBy(() -> PlanJson.write(broken, file)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  /** Messages quote the document; what they quote cannot drive the terminal that shows them. */
  @Test
  void messagesShowControlCharactersEscaped() {
    String json = Fixtures.MINIMAL.replace("\"lombardia\"", "\"\\u001b]0;pwned\\u0007\\u202eardbmol\\n\"");
    PlanReadException error = catchThrowableOfType(PlanReadException.class, () -> PlanJson.read(json, "p.json"));
    assertThat(error.englishMessage())
        .startsWith("value \"\\u001B]0;pwned\\u0007\\u202Eardbmol \" is not a Region; allowed: ");
    HostileCorpusTest.assertPrintableOneLine(error.getMessage());

    PlanReadException name = catchThrowableOfType(PlanReadException.class,
        () -> PlanJson.read(Fixtures.MINIMAL.replace("\"title\"", "\"ti\\ntle\\u0000\""), "p\nlan.json"));
    assertThat(name.location().pointer()).isEqualTo("/ti\ntle\u0000");
    assertThat(name.location()).hasToString("p lan.json:4:3 /ti tle\\u0000");
    HostileCorpusTest.assertPrintableOneLine(name.getMessage());
  }

  private static Path writeMinimal(Path dir) throws IOException {
    Path file = dir.resolve("crema.json");
    Files.writeString(file, Fixtures.MINIMAL);
    return file;
  }
}
