package it.pianodizona.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every script in {@code examples/jshell} runs in the real {@code jshell} tool, as the README
 * tells a user to run it, without an error. The tool reads a script line by line and runs a line
 * as soon as it is a complete statement, so a chained call continued on a line that starts with
 * {@code .} fails there and nowhere else: only the tool itself shows it.
 */
class JShellScriptsTest {

  static Stream<Path> scripts() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("jshell"))) {
      return files.filter(p -> p.toString().endsWith(".jsh")).sorted().collect(Collectors.toList()).stream();
    }
  }

  @Test
  void thereAreAtLeastTwoScripts() throws Exception {
    assertThat(scripts()).extracting(p -> p.getFileName().toString())
        .contains("crema.jsh", "build-plan.jsh");
  }

  @ParameterizedTest
  @MethodSource("scripts")
  void scriptRunsWithoutError(Path script) throws Exception {
    assertThat(Files.readAllLines(script)).as("a script ends the tool's session")
        .last().isEqualTo("/exit");
    String printed = jshell(script);
    assertThat(printed).as("jshell output").doesNotContain("Error:").doesNotContain("Exception")
        .contains("Findings:");
  }

  @Test
  void aChainContinuedOnALineThatStartsWithADotIsAnErrorInTheTool(@TempDir Path dir) throws Exception {
    // What the scripts once did: the API-based test passed, the tool did not.
    Path script = dir.resolve("leading-dot.jsh");
    Files.writeString(script, "var text = new StringBuilder()\n    .append(\"a\")\n    .toString();\n/exit\n");
    assertThat(jshell(script)).contains("Error:");
  }

  /** Runs a script in the jshell tool, as the README does, and returns all it printed. */
  private static String jshell(Path script) throws Exception {
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    Path output = Files.createTempFile("jshell", ".txt");
    try {
      // The class path of these tests holds what pdz.jar holds (the library and its dependencies);
      // the scripts resolve example files against pdz.home, and tests run in examples/.
      Process process = new ProcessBuilder(List.of(jshell.toString(),
              "--class-path", existingClassPath(),
              "-R-Dpdz.home=..", "-J-Djava.util.prefs.userRoot=target/jshell-prefs",
              script.toString()))
          .redirectErrorStream(true)
          .redirectOutput(output.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File(isWindows() ? "NUL" : "/dev/null")))
          .start();
      assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("jshell ended").isTrue();
      String printed = Files.readString(output, StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as(printed).isZero();
      return printed;
    } finally {
      Files.deleteIfExists(output);
    }
  }

  /** The test class path without entries that do not exist (this module has no main classes), which jshell refuses. */
  private static String existingClassPath() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> new File(entry).exists())
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static boolean isWindows() {
    return System.getProperty("os.name").startsWith("Windows");
  }
}
