package it.pianodizona.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFinderTest {

  @Test
  void aSymbolicLinkLoopIsReportedAndTheWalkGoesOn(@TempDir Path dir) throws IOException {
    Path sub = Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(sub.resolve("plan.json"), "{}");
    Files.createSymbolicLink(sub.resolve("loop"), dir.resolve("a"));
    Files.writeString(dir.resolve("z.json"), "{}");
    Files.writeString(dir.resolve("notes.txt"), "not a plan");

    PlanFinder.Found found = PlanFinder.find(List.of(dir), true);

    assertThat(found.files()).containsExactlyInAnyOrder(sub.resolve("plan.json"), dir.resolve("z.json"));
    assertThat(found.problems()).hasSize(1);
    ReadFailure loop = found.problems().get(0).failure().orElseThrow();
    assertThat(loop.location()).endsWith("loop");
    assertThat(loop.message(Locale.ITALIAN)).contains("ciclo");
    assertThat(loop.message(Locale.ENGLISH)).contains("loop");
  }

  @Test
  void withoutRecursionOnlyTheDirectorysOwnFilesAreTaken(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/inner.json"), "{}");
    Files.writeString(dir.resolve("b.json"), "{}");
    Files.writeString(dir.resolve("a.json"), "{}");
    assertThat(PlanFinder.find(List.of(dir), false).files())
        .containsExactly(dir.resolve("a.json"), dir.resolve("b.json"));
  }

  @Test
  void aDanglingLinkAndABrokenFileBecomeRowsWithTheirErrors(@TempDir Path dir) throws IOException {
    Files.createSymbolicLink(dir.resolve("gone.json"), dir.resolve("nowhere.json"));
    Files.writeString(dir.resolve("broken.json"), "{\n  \"id\": [\n");
    Overview overview = PlanSummariser.standard(LocalDate.of(2024, 1, 1))
        .overview(List.of(dir.resolve("gone.json"), dir.resolve("broken.json")), 1, n -> { });
    assertThat(overview.rows()).hasSize(2).noneMatch(PlanRow::isReadable);
    ReadFailure broken = overview.rows().get(0).failure().orElseThrow();
    assertThat(broken.location()).startsWith(dir.resolve("broken.json") + ":");
    ReadFailure gone = overview.rows().get(1).failure().orElseThrow();
    assertThat(gone.message(Locale.ENGLISH)).isEqualTo("no such file");
  }

  @Test
  void anUnreadableFileIsARowNotAFailure(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.json");
    Files.writeString(secret, "{}");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    // Root reads every file: the case cannot be made there.
    assumeFalse(Files.isReadable(secret), "running as a user who reads every file");
    PlanRow row = PlanSummariser.standard(LocalDate.of(2024, 1, 1)).summarise(secret);
    assertThat(row.failure().orElseThrow().message(Locale.ENGLISH)).isEqualTo("permission denied");
  }

  @Test
  void anUnreadableDirectoryIsReported(@TempDir Path dir) throws IOException {
    Path closed = Files.createDirectories(dir.resolve("closed"));
    Files.writeString(closed.resolve("x.json"), "{}");
    Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(closed), "running as a user who reads every directory");
      PlanFinder.Found found = PlanFinder.find(List.of(dir), true);
      assertThat(found.files()).isEmpty();
      assertThat(found.problems()).hasSize(1);
    } finally {
      Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
    }
  }
}
