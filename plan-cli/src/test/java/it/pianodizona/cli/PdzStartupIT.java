package it.pianodizona.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Start-up does only what the command needs: {@code format} builds no rule, {@code validate}
 * never loads the JSON Schema's machinery. Checked on the shaded jar with {@code -verbose:class},
 * the classes a fresh JVM actually loads.
 */
class PdzStartupIT {

  private static final Path JAR = Path.of(System.getProperty("pdz.jar", "target/pdz.jar"));
  private static final String CREMA = "../examples/plans/crema-2015-2017.json";

  private static List<String> loadedClasses(String... args) throws Exception {
    Path output = Files.createTempFile("pdz-classes", ".txt");
    try {
      List<String> command = new java.util.ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-verbose:class", "-jar", JAR.toString()));
      command.addAll(List.of(args));
      Process process = new ProcessBuilder(command)
          .redirectOutput(output.toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .redirectInput(ProcessBuilder.Redirect.from(new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null")))
          .start();
      assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
      assertThat(process.exitValue()).isIn(0, 1);
      return Files.readAllLines(output, StandardCharsets.UTF_8).stream()
          .filter(line -> line.contains("[class,load]"))
          .map(line -> line.substring(line.indexOf("[class,load]") + "[class,load]".length()).trim().split(" ")[0])
          .collect(Collectors.toList());
    } finally {
      Files.deleteIfExists(output);
    }
  }

  @Test
  void formatBuildsNoRule() throws Exception {
    List<String> classes = loadedClasses("format", CREMA);
    assertThat(classes).contains("it.pianodizona.io.PlanJson")
        .noneMatch(name -> name.startsWith("it.pianodizona.rules.standard."))
        .noneMatch(name -> name.matches("it\\.pianodizona\\.rules\\.(budget|deadlines|eligibility|governance|indicators|integrity)\\..*"));
  }

  @Test
  void validateLoadsNoSchemaMachinery() throws Exception {
    List<String> classes = loadedClasses("validate", "--as-of", "2016-06-30", CREMA);
    assertThat(classes).contains("it.pianodizona.rules.standard.StandardRules")
        .noneMatch(name -> name.startsWith("it.pianodizona.io.internal.SchemaGenerator"))
        .noneMatch(name -> name.startsWith("com.networknt."));
  }
}
