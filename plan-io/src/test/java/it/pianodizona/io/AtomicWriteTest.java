package it.pianodizona.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.testkit.plans.CremaSkeleton;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import it.pianodizona.model.territory.Region;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scrittura sicura: {@link PlanJson#write(ZonePlan, Path)} writes beside the target and moves
 * the complete file over it, so a write that fails or is killed midway leaves the plan that
 * was there — byte for byte — or the new one, never half of one.
 */
class AtomicWriteTest {

  /** A plan that fills several buffers before its notes, which the writer cannot write. */
  private static ZonePlan failingLate() {
    ZonePlan large = PlanGenerator.generate(7, PlanShape.scaled(Region.LOMBARDIA, 3));
    assertThat(PlanJson.write(large).length()).as("bytes written before the failure").isGreaterThan(1 << 17);
    return ZonePlan.builder().from(large).notes("unpaired \uD800 surrogate").sources(List.of()).build();
  }

  private static byte[] original(Path target) throws IOException {
    PlanJson.write(CremaSkeleton.plan(), target);
    return Files.readAllBytes(target);
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void aWriteThatFailsMidwayLeavesTheOriginalAndNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("crema.json");
    byte[] before = original(target);

    assertThatThrownBy(() -> PlanJson.write(failingLate(), target))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unpaired UTF-16 surrogate");

    assertThat(Files.readAllBytes(target)).isEqualTo(before);
    assertThat(names(dir)).containsExactly("crema.json");
  }

  @Test
  void aTargetThatCannotBeReplacedIsLeftAsItWasWithNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("crema.json");
    Files.createDirectory(target);
    Files.writeString(target.resolve("inside.txt"), "kept");

    // The rename fails (on Linux "Is a directory"): the temporary file goes, the directory stays.
    assertThatThrownBy(() -> PlanJson.write(CremaSkeleton.plan(), target)).isInstanceOf(IOException.class);

    assertThat(Files.readString(target.resolve("inside.txt"))).isEqualTo("kept");
    assertThat(names(dir)).containsExactly("crema.json");
  }

  @Test
  void aNewFileAppearsWholeOrNotAtAll(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("nuovo.json");
    assertThatThrownBy(() -> PlanJson.write(failingLate(), target)).isInstanceOf(IllegalArgumentException.class);
    assertThat(names(dir)).isEmpty();

    PlanJson.write(CremaSkeleton.plan(), target);
    assertThat(PlanJson.read(target)).isEqualTo(CremaSkeleton.plan());
    assertThat(names(dir)).containsExactly("nuovo.json");
  }

  /**
   * Another JVM rewrites the plan again and again, and is killed (SIGKILL where there are
   * signals) while one of its temporary files exists: the target is the old plan or the new
   * one, whole. A kill leaves its temporary file behind — nothing can remove it — named
   * {@code .crema.json.<random>.tmp}, beside the intact plan.
   */
  @Test
  void aWriterKilledMidwayLeavesTheOldPlanOrTheNewOne(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("crema.json");
    byte[] before = original(target);
    ZonePlan large = PlanGenerator.generate(11, PlanShape.scaled(Region.LOMBARDIA, 8));
    Path source = Files.createDirectory(dir.resolve("source")).resolve("large.json");
    PlanJson.write(large, source);
    byte[] after = Files.readAllBytes(source);

    Process writer = JavaProcess.start(List.of(), "rewrite", target.toString(), source.toString());
    try {
      Path started = dir.resolve("started");
      boolean caught = false;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!caught && System.nanoTime() < deadline && writer.isAlive()) {
        caught = Files.exists(started) && temporaryFiles(dir).findAny().isPresent();
        if (!caught) {
          Thread.onSpinWait();
        }
      }
      assertThat(caught).as("a temporary file seen while the other JVM writes").isTrue();
    } finally {
      writer.destroyForcibly();
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    byte[] now = Files.readAllBytes(target);
    assertThat(now.length == before.length || now.length == after.length).as("the old plan or the new one").isTrue();
    assertThat(now).isIn(before, after);
    assertThat(PlanJson.read(target)).isIn(CremaSkeleton.plan(), large);
    assertThat(temporaryFiles(dir).map(p -> p.getFileName().toString()).collect(Collectors.toList()))
        .allMatch(name -> name.matches("\\.crema\\.json\\.[0-9a-f]+\\.tmp"));
  }

  private static Stream<Path> temporaryFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).collect(Collectors.toList()).stream();
    }
  }

  @Test
  void theRewrittenFileIsCanonicalUtf8(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("crema.json");
    original(target);
    assertThat(new String(Files.readAllBytes(target), StandardCharsets.UTF_8)).isEqualTo(PlanJson.write(CremaSkeleton.plan()));
  }
}
