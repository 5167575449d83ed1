package it.pianodizona.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Un'altra JVM: runs {@link Child} in a JVM of its own, with this test's class path and the
 * given JVM options, for what one JVM cannot test on itself — a small heap, a kill.
 */
final class JavaProcess {

  private JavaProcess() {}

  static Process start(List<String> jvmOptions, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Child.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  /** Runs to the end (at most a minute) and gives its output. */
  static String run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
    Process process = start(jvmOptions, args);
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the child JVM did not end: " + String.join(" ", args));
    }
    return new String(output, StandardCharsets.UTF_8).strip();
  }
}
