package it.pianodizona.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import it.pianodizona.model.ZonePlan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Lettore dei piani: strict unless asked to be lenient, and the same plan from a file, a stream,
 * bytes or text; a file that is not a regular one (a device, a pipe) is read as a stream.
 */
class PlanReaderTest {

  @Test
  void theReaderIsStrictWithTheDefaultLimitsUnlessMadeLenient() {
    assertThat(PlanReader.strict().isLenient()).isFalse();
    assertThat(PlanReader.strict().limits()).isEqualTo(ReadLimits.defaults());
    assertThat(PlanJson.reader().isLenient()).isFalse();
    assertThat(PlanJson.reader().lenient().isLenient()).isTrue();
    assertThat(PlanJson.reader().lenient().lenient().isLenient()).isTrue();
    assertThat(PlanJson.reader().lenient().withLimits(ReadLimits.defaults()).isLenient()).isTrue();
  }

  @Test
  void aPlanReadsTheSameFromAStreamBytesAndText() throws IOException {
    ZonePlan plan = PlanJson.read(Fixtures.MINIMAL);
    byte[] bytes = Fixtures.MINIMAL.getBytes(UTF_8);

    assertThat(PlanJson.read(new ByteArrayInputStream(bytes), "plan.json")).isEqualTo(plan);
    assertThat(PlanJson.read(bytes, "plan.json")).isEqualTo(plan);
    assertThat(PlanJson.read(Fixtures.MINIMAL, "plan.json")).isEqualTo(plan);
  }

  @Test
  void aDeviceIsReadAsAStream() {
    Path device = Path.of("/dev/null");
    assumeThat(Files.exists(device) && !Files.isRegularFile(device)).as("a POSIX null device").isTrue();

    PlanReadException error = catchThrowableOfType(PlanReadException.class, () -> PlanJson.read(device));

    assertThat(error).isNotNull();
    assertThat(error.kind()).isEqualTo(ReadErrorKind.EMPTY_DOCUMENT);
    assertThat(error.location().source()).contains("/dev/null");
  }
}
