package it.pianodizona.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Avvio a freddo: the CPU time of one {@code ./pdz validate} of a plan, as a user runs it (the
 * launcher script, its class-data-sharing archive, a fresh JVM), against a minimal Java program
 * that reads the same file with Jackson's {@code readTree} in a fresh JVM with default options.
 * Both run alternately, several times in the same run; the ratio is of the medians.
 *
 * <p>A child's CPU time is read from this process's {@code /proc/self/stat} ({@code cutime} and
 * {@code cstime}: user and system time of the children it has waited for, shell and JVM
 * threads included), before and after each run. Linux only.
 */
final class ColdStart {

  static final String PLAN = "examples/plans/crema-2015-2017.json";

  private ColdStart() {}

  /** The minimal program: Jackson reads the file into a tree, and prints how many fields the root has. */
  static final class JacksonReadTree {
    public static void main(String[] args) throws IOException {
      com.fasterxml.jackson.databind.JsonNode tree =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of(args[0]).toFile());
      System.out.println(tree.size());
    }
  }

  /** The result: both medians (seconds of CPU) and their ratio. */
  record Result(List<Double> pdz, List<Double> jackson, double ratio) {}

  static Result measure(int runs) throws IOException, InterruptedException {
    Path stat = Path.of("/proc/self/stat");
    if (!Files.isReadable(stat)) {
      throw new IllegalStateException("the cold start is measured from /proc/self/stat: Linux only");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String benchmarks = Path.of(ColdStart.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
    List<String> pdz = List.of("./pdz", "validate", "--as-of", "2016-06-30", PLAN);
    List<String> jackson = List.of(java, "-cp", benchmarks, JacksonReadTree.class.getName(), PLAN);
    // The first run of each builds what is missing (the jar, the archive) and warms the file cache.
    cpuSeconds(pdz, stat);
    cpuSeconds(jackson, stat);
    List<Double> pdzTimes = new ArrayList<>();
    List<Double> jacksonTimes = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      pdzTimes.add(cpuSeconds(pdz, stat));
      jacksonTimes.add(cpuSeconds(jackson, stat));
    }
    Collections.sort(pdzTimes);
    Collections.sort(jacksonTimes);
    return new Result(pdzTimes, jacksonTimes, median(pdzTimes) / median(jacksonTimes));
  }

  static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double cpuSeconds(List<String> command, Path stat) throws IOException, InterruptedException {
    long before = childrenTicks(stat);
    Process process = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
    int status = process.waitFor();
    if (status != 0 && status != 1) {
      throw new IllegalStateException(String.join(" ", command) + " ended with " + status);
    }
    long after = childrenTicks(stat);
    return (after - before) / (double) CLOCK_TICKS_PER_SECOND;
  }

  /**
   * USER_HZ: the unit of the times in /proc, 100 on every Linux architecture the JDK runs on
   * (the kernel's ABI fixes it, whatever the scheduler's own tick rate).
   */
  private static final int CLOCK_TICKS_PER_SECOND = 100;

  private static long childrenTicks(Path stat) throws IOException {
    String line = Files.readString(stat, StandardCharsets.US_ASCII);
    // Fields after the command name in parentheses (which may hold spaces): state is field 3;
    // cutime and cstime are fields 16 and 17.
    String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[16 - 3]) + Long.parseLong(fields[17 - 3]);
  }

  static String describe(Result result) {
    return String.format(Locale.ROOT, "# cold start, CPU seconds of fresh processes: ./pdz validate %s %s (median %.3f);"
        + " Jackson readTree program %s (median %.3f)", PLAN, result.pdz(), median(result.pdz()),
        result.jackson(), median(result.jackson()));
  }
}
