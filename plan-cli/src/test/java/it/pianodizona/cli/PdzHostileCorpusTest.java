package it.pianodizona.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.cli.HostileFiles.Entry;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * pdz and the hostile corpus, in this JVM: every unreadable file is exit code 2 and exactly
 * one line on stderr naming the file, with the error's line, column, JSON Pointer and message,
 * and nothing on stdout; every readable one is validated; {@code format --in-place} leaves every
 * unreadable file as it was. {@link PdzHostileCorpusIT} runs the shaded jar under
 * {@code -Xmx64m} over the same files.
 */
class PdzHostileCorpusTest {

  private static final List<Long> MILLIS = Collections.synchronizedList(new ArrayList<>());

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Pdz.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  static List<Entry> unreadable() {
    return HostileFiles.unreadable();
  }

  static List<Entry> readable() {
    return HostileFiles.readable();
  }

  @BeforeAll
  static void warmUp() {
    Pdz.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(new StringWriter()))
        .execute("validate", "--as-of", "2016-01-01", "../examples/plans/crema-2015-2017.json");
  }

  @AfterAll
  static void report() {
    List<Long> sorted = new ArrayList<>(MILLIS);
    Collections.sort(sorted);
    if (!sorted.isEmpty()) {
      System.out.printf("pdz validate in process, %d unreadable corpus files: median %d ms, max %d ms%n",
          sorted.size(), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadable")
  void anUnreadableFileIsExitCodeTwoAndOneLineNamingIt(Entry entry) {
    long start = System.nanoTime();
    // The first error alone, as pdz reported before it listed every error (issue 17).
    int code = run("validate", "--lang", "en", "--max-errors", "1", entry.path().toString());
    long millis = (System.nanoTime() - start) / 1_000_000;
    MILLIS.add(millis);

    assertThat(code).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().lines()).hasSize(1);
    String line = err.toString().strip();
    assertThat(line).startsWith("pdz: " + entry.path() + ":" + entry.location() + ": " + entry.message());
    assertPrintable(line);
    assertThat(millis).as("milliseconds").isLessThan(1_000);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadable")
  void theMessageIsInItalianByDefault(Entry entry) {
    assertThat(run("validate", "--max-errors", "1", entry.path().toString())).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("pdz: " + entry.path() + ":" + entry.location() + ": ")
        .doesNotContain(entry.message());
  }

  /** Without a limit of one, every error is a line of its own, the first as above, none more than the default 20. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadable")
  void everyErrorOfAnUnreadableFileIsOnePrintableLineNamingIt(Entry entry) {
    assertThat(run("validate", "--lang", "en", entry.path().toString())).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    List<String> lines = err.toString().lines().collect(java.util.stream.Collectors.toList());
    assertThat(lines).isNotEmpty().hasSizeLessThanOrEqualTo(20);
    assertThat(lines.get(0)).startsWith("pdz: " + entry.path() + ":" + entry.location() + ": " + entry.message());
    lines.forEach(line -> {
      assertThat(line).startsWith("pdz: " + entry.path() + ":");
      assertPrintable(line);
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readable")
  void aReadableFileIsValidatedAndItsFindingReported(Entry entry) {
    int code = run("validate", "--as-of", "2016-01-01", entry.path().toString());
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).startsWith(entry.path().toString());
    if (entry.rule().isEmpty()) {
      assertThat(code).isIn(0, 1);
    } else {
      assertThat(code).isEqualTo(1);
      assertThat(out.toString()).contains(entry.rule());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadable")
  void formatInPlaceLeavesAnUnreadableFileAsItWas(Entry entry, @TempDir Path dir) throws Exception {
    Path copy = Files.copy(entry.path(), dir.resolve(entry.file()));
    byte[] before = Files.readAllBytes(copy);

    assertThat(run("format", "--in-place", "--lang", "en", copy.toString())).isEqualTo(2);

    assertThat(Files.readAllBytes(copy)).isEqualTo(before);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(copy);
    }
    assertThat(err.toString().lines()).singleElement().asString().startsWith("pdz: " + copy + ":");
  }

  /** All the unreadable files in one command: one line each, in order, and exit code 2. */
  @Test
  void manyUnreadableFilesAreOneLineEach() {
    List<Entry> entries = unreadable();
    String[] args = Stream.concat(Stream.of("validate", "--lang", "en", "--max-errors", "1"),
            entries.stream().map(e -> e.path().toString()))
        .toArray(String[]::new);
    assertThat(run(args)).isEqualTo(2);
    List<String> lines = err.toString().lines().toList();
    assertThat(lines).hasSameSizeAs(entries);
    for (int i = 0; i < entries.size(); i++) {
      assertThat(lines.get(i)).startsWith("pdz: " + entries.get(i).path() + ":" + entries.get(i).location());
    }
  }

  /**
   * A plan is data: ids with terminal escape sequences (clear the screen, retitle the window,
   * reverse the text) are printed escaped in the findings, and so is the plan id.
   */
  @Test
  void findingsShowThePlansControlCharactersEscaped(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("escape.json");
    Files.writeString(plan, Files.readString(HostileFiles.CORPUS.resolve("dangling-lead-municipality.json"))
        .replace("\"comune-crema\"", "\"comune\\u001b[2J\\u001b]0;pwned\\u0007\\u202ecrema\"")
        .replace("\"crema-2015-2017\"", "\"crema\\u001b[31m\""), StandardCharsets.UTF_8);

    assertThat(run("validate", "--as-of", "2016-01-01", plan.toString())).isEqualTo(1);

    assertThat(out.toString()).contains("[crema\\u001B[31m, lombardia]")
        .contains("\"comune\\u001B[2J\\u001B]0;pwned\\u0007\\u202Ecrema\"");
    out.toString().lines().forEach(PdzHostileCorpusTest::assertPrintable);
  }

  static void assertPrintable(String line) {
    assertThat(line.codePoints().filter(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT))
        .as("control characters in %s", line).isEmpty();
  }
}
