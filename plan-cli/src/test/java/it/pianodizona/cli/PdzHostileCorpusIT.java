package it.pianodizona.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.cli.HostileFiles.Entry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * pdz as a user runs it, on hostile files, in a small heap: {@code java -Xmx64m -jar pdz.jar
 * validate ...} over the whole corpus in one JVM, over a selection of its files one JVM each,
 * and over files of tens of megabytes made here. Each unreadable file ends with exit code 2 and
 * exactly one line on stderr naming it — never a stack trace, never an OutOfMemoryError —
 * within ten seconds of wall time, JVM start included (the machine may be busy; the times are
 * printed at the end). Two run at a time. (A JVM per corpus file would add a minute of CPU to
 * every build for nothing the single run does not show; {@link PdzHostileCorpusTest} times
 * every file in process.)
 */
@Execution(ExecutionMode.CONCURRENT)
class PdzHostileCorpusIT {

  private static final Path JAR = Path.of(System.getProperty("pdz.jar", "target/pdz.jar"));
  /** Five times what a run takes on an idle 2-core machine: other builds may share it. */
  private static final long MAX_MILLIS = 10_000;
  private static final List<String> TIMES = Collections.synchronizedList(new ArrayList<>());

  /** What one run of pdz gave. */
  record Run(int code, String out, String err, long millis) {}

  static List<Entry> unreadable() {
    return HostileFiles.unreadable();
  }

  static List<Entry> readable() {
    return HostileFiles.readable();
  }

  @BeforeAll
  static void theJarIsBuilt() {
    assertThat(JAR).as("built by package, before integration-test").isRegularFile();
  }

  @AfterAll
  static void report() throws Exception {
    Run version = pdz("--version");
    List<String> times = new ArrayList<>(TIMES);
    Collections.sort(times);
    System.out.printf("pdz -Xmx64m wall times (ms; `pdz --version` alone: %d ms):%n", version.millis());
    times.forEach(line -> System.out.println("  " + line));
  }

  static Run pdz(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).start();
    ExecutorService readers = Executors.newFixedThreadPool(2);
    try {
      CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(process.getInputStream()), readers);
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()), readers);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("pdz did not end within a minute: " + command);
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      return new Run(process.exitValue(), out.get(), err.get(), millis);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException(e);
    } finally {
      readers.shutdown();
    }
  }

  private static String drain(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Exit code 2, nothing on stdout, one printable line on stderr naming the file, in time. */
  private static String assertUnreadable(Run run, Path file) {
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("OutOfMemoryError");
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).as(run.err()).hasSize(1);
    String line = run.err().strip();
    assertThat(line).startsWith("pdz: " + file + ":");
    PdzHostileCorpusTest.assertPrintable(line);
    assertThat(run.millis()).as("milliseconds for %s", file).isLessThan(MAX_MILLIS);
    TIMES.add(String.format("%5d %s", run.millis(), file.getFileName()));
    return line;
  }

  /** The line pdz prints for an unreadable corpus file, checked against the manifest. */
  private static void assertLine(String line, Entry entry) throws IOException {
    assertThat(line).startsWith("pdz: " + entry.path() + ":");
    PdzHostileCorpusTest.assertPrintable(line);
    if (Files.size(entry.path()) < 900_000) {
      assertThat(line).startsWith("pdz: " + entry.path() + ":" + entry.location() + ": " + entry.message());
    } else {
      // Beyond a sixty-fourth of the heap, pdz refuses the document as too long for it.
      assertThat(line).matches("pdz: .*:\\d+:\\d+: document longer than the limit of \\d+ bytes");
    }
  }

  @Test
  void everyUnreadableFileIsOneLineInOneSmallHeap() throws Exception {
    List<Entry> entries = unreadable();
    // The first error of each file alone, as pdz reported before it listed every error (issue 17).
    List<String> args = new ArrayList<>(List.of("validate", "--lang", "en", "--max-errors", "1"));
    entries.forEach(entry -> args.add(entry.path().toString()));
    Run run = pdz(args.toArray(String[]::new));

    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("OutOfMemoryError");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    List<String> lines = run.err().lines().toList();
    assertThat(lines).hasSameSizeAs(entries);
    for (int i = 0; i < entries.size(); i++) {
      assertLine(lines.get(i), entries.get(i));
    }
    assertThat(run.millis()).isLessThan(3 * MAX_MILLIS);
    TIMES.add(String.format("%5d all %d unreadable files in one JVM", run.millis(), entries.size()));
  }

  @Test
  void everyReadableFileIsValidatedInOneSmallHeap() throws Exception {
    List<Entry> entries = readable();
    List<String> args = new ArrayList<>(List.of("validate", "--as-of", "2016-01-01"));
    entries.forEach(entry -> args.add(entry.path().toString()));
    Run run = pdz(args.toArray(String[]::new));

    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(1);
    for (Entry entry : entries) {
      assertThat(run.out()).contains(entry.path().toString()).contains(entry.rule());
    }
    TIMES.add(String.format("%5d all %d readable files in one JVM", run.millis(), entries.size()));
  }

  /** A JVM each for files of every kind of trouble: empty, deep, long, many, binary, not text. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "empty.json", "truncated.json", "deep-nesting.json", "huge-string.json", "huge-number.json", "many-keys.json",
    "word-document.json", "not-utf8-windows-1252.json", "lone-surrogate.json", "control-characters-in-field-name.json",
    "impossible-date.json", "unknown-schema-version.json"})
  void aSelectionOneJvmEach(String file) throws Exception {
    Entry entry = unreadable().stream().filter(e -> e.file().equals(file)).findFirst().orElseThrow();
    assertLine(assertUnreadable(pdz("validate", "--lang", "en", "--max-errors", "1", entry.path().toString()),
        entry.path()), entry);
  }

  /** 100 MiB, beyond the library's limit: refused from the file's size, without reading it. */
  @Test
  void aFileBeyondTheLibrarysLimitIsRefusedFromItsSize(@TempDir Path dir) throws Exception {
    Path huge = HostileFiles.sparse(dir, "huge.json", 100L << 20);
    assertThat(assertUnreadable(pdz("validate", "--lang", "en", huge.toString()), huge))
        .matches("pdz: .*huge\\.json:1:\\d+: document longer than the limit of \\d+ bytes");
  }

  /**
   * Within the library's 64 MiB but beyond what a 64 MiB heap holds: 40 MiB of white space and
   * four million one-letter strings used to end in an OutOfMemoryError and a stack trace.
   */
  @Test
  void filesWithinTheLibrarysLimitButTooLargeForTheHeapAreRefused(@TempDir Path dir) throws Exception {
    Path spaces = HostileFiles.spaces(dir, "spaces.json", 40 << 20);
    assertThat(assertUnreadable(pdz("validate", "--lang", "en", spaces.toString()), spaces))
        .contains("document longer than the limit of");
    Path tools = HostileFiles.oneLetterTools(dir, "tools.json", 4 << 20);
    assertThat(assertUnreadable(pdz("validate", "--lang", "en", tools.toString()), tools))
        .contains("document longer than the limit of");
  }

  /** The worst plan per byte, just under the limit, is read, validated and formatted in 64 MiB. */
  @Test
  void theWorstPlanWithinTheLimitIsValidatedAndFormatted(@TempDir Path dir) throws Exception {
    Path tools = HostileFiles.oneLetterTools(dir, "tools.json", 235_000);
    assertThat(Files.size(tools)).isLessThan(62L << 14); // under a 64th of any 62 MiB or larger heap

    Run validate = pdz("validate", "--as-of", "2016-01-01", tools.toString());
    assertThat(validate.err()).isEmpty();
    assertThat(validate.code()).isIn(0, 1);
    assertThat(validate.out()).startsWith(tools.toString());
    TIMES.add(String.format("%5d %s (read, %d bytes)", validate.millis(), tools.getFileName(), Files.size(tools)));

    Run format = pdz("format", "--in-place", tools.toString());
    assertThat(format.err()).isEmpty();
    assertThat(format.code()).isZero();
  }
}
