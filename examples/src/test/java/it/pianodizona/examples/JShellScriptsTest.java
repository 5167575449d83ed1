package it.pianodizona.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every script in {@code examples/jshell} runs through the JShell API without an error. */
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
    List<String> problems = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    // The scripts resolve example files against pdz.home; tests run in examples/.
    System.setProperty("pdz.home", "..");
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try (JShell shell = JShell.builder().executionEngine("local")
        .out(System.out).err(System.err).build()) {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        shell.addToClasspath(entry);
      }
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      String remaining = Files.readAllLines(script).stream()
          .filter(line -> !line.startsWith("/"))  // JShell tool commands such as /exit
          .collect(Collectors.joining("\n"));
      while (!remaining.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
        if (!info.completeness().isComplete()) {
          problems.add("incomplete snippet: " + remaining.strip());
          break;
        }
        for (SnippetEvent event : shell.eval(info.source())) {
          if (event.status() == Snippet.Status.REJECTED) {
            problems.add("rejected: " + event.snippet().source().strip() + " -> "
                + shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).collect(Collectors.toList()));
          }
          if (event.exception() != null) {
            problems.add("threw: " + event.exception());
          }
        }
        remaining = info.remaining();
      }
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
      System.clearProperty("pdz.home");
    }
    assertThat(problems).as("output:%n%s", out).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Findings:");
  }
}
