package it.pianodizona.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Rapporti di prestazione: runs the benchmarks in one go and prints, as the last line of its
 * output, one JSON object with the ratios the project tracks (see the README, "Performance").
 *
 * <p>Every figure is the median of the JMH measurement iterations, which a burst of other work on
 * a shared machine moves less than the mean.
 *
 * <p>{@code --quick} measures only what the ratios need, on the Crema-sized synthetic plan and
 * its 10-fold scale, with short iterations (a few minutes on two cores); without it every
 * benchmark runs on every workload with longer iterations. JMH's JSON results go to
 * {@code --results DIR} (default {@code benchmarks/target}).
 */
public final class RatioRunner {

  private static final String PLAN = PlanBenchmarks.class.getName();
  private static final String BATCH = BatchBenchmark.class.getName();
  private static final String RATIO_PATHS = "(jacksonReadTree|read|readValidate|networkntValidate|validate)";
  private static final String ALL_PATHS = "(jacksonReadTree|read|readValidate|networkntValidate|networkntValidateTree|validate)";

  private final boolean quick;
  private final Path results;

  private RatioRunner(boolean quick, Path results) {
    this.quick = quick;
    this.results = results;
  }

  public static void main(String[] args) throws RunnerException, IOException {
    boolean quick = false;
    Path results = Path.of("benchmarks", "target");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick":
          quick = true;
          break;
        case "--results":
          results = Path.of(args[++i]);
          break;
        default:
          System.err.println("usage: RatioRunner [--quick] [--results DIR]");
          System.exit(2);
      }
    }
    Files.createDirectories(results);
    new RatioRunner(quick, results).run();
  }

  private void run() throws RunnerException {
    String machine = machine();
    System.out.println("# machine: " + machine);
    System.out.println("# load before: " + loadAverage());
    long started = System.nanoTime();

    List<RunResult> single = new ArrayList<>();
    if (quick) {
      single.addAll(jmh("plan-1x", PLAN + "\\." + RATIO_PATHS + "$", "1x", 4, 1, 3, 2));
      single.addAll(jmh("plan-10x", PLAN + "\\.readValidate$", "10x", 4, 1, 3, 2));
    } else {
      single.addAll(jmh("plan", PLAN + "\\." + ALL_PATHS + "$", null, 4, 2, 5, 2));
    }
    RunResult batch = batch(quick ? 3 : 5, quick ? 3 : 7);

    Map<String, Double> micros = new LinkedHashMap<>();
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (RunResult result : single) {
      micros.put(key(result), median(iterationScores(result).stream().sorted().collect(Collectors.toList())));
    }
    System.out.println();
    System.out.println("# time per operation (median of the JMH iterations, us/op) and throughput of JSON (MB/s):");
    for (Map.Entry<String, Double> entry : micros.entrySet()) {
      String workload = entry.getKey().substring(entry.getKey().indexOf('@') + 1);
      double megabytesPerSecond = sizes.computeIfAbsent(workload, w -> Workloads.json(w).length) / entry.getValue();
      System.out.printf(Locale.ROOT, "#   %-28s %14.1f us/op %8.1f MB/s%n", entry.getKey(), entry.getValue(),
          megabytesPerSecond);
    }
    List<Double> batchSeconds = iterationScores(batch).stream().map(ms -> ms / 1000).sorted()
        .collect(Collectors.toList());
    double batch600 = median(batchSeconds);
    System.out.printf(Locale.ROOT, "#   batch of 600 plans, 2 threads: %s s, median %.3f s%n", batchSeconds, batch600);

    List<RetainedHeap.Measure> heap = List.of(
        RetainedHeap.of("1x", Workloads.json("1x")),
        RetainedHeap.of(Workloads.CREMA, Workloads.cremaJson()));
    heap.forEach(m -> System.out.printf(Locale.ROOT, "#   retained heap %-6s %,d bytes for %,d JSON bytes: %.3f (%s)%n",
        m.workload(), m.retainedBytes(), m.jsonBytes(), m.perJsonByte(), m.method()));
    double heapPerByte = heap.stream().mapToDouble(RetainedHeap.Measure::perJsonByte).max().orElseThrow();

    double jackson = micros.get("jacksonReadTree@1x");
    double readValidate = micros.get("readValidate@1x");
    Map<String, Double> ratios = new LinkedHashMap<>();
    ratios.put("readValidateVsJacksonTree", jackson / readValidate);
    ratios.put("schemaValidationVsReadValidate", micros.get("networkntValidate@1x") / readValidate);
    ratios.put("scaling10x", micros.get("readValidate@10x") / readValidate);
    ratios.put("batch600Seconds", batch600);
    ratios.put("heapBytesPerJsonByte", heapPerByte);

    System.out.println("# floors of issue 7:");
    floor(ratios, "readValidateVsJacksonTree", 0.5, true);
    floor(ratios, "schemaValidationVsReadValidate", 2, true);
    floor(ratios, "scaling10x", 11, false);
    floor(ratios, "batch600Seconds", 2, false);
    floor(ratios, "heapBytesPerJsonByte", 2, false);
    System.out.printf(Locale.ROOT, "# mode: %s; took %.0f s; load after: %s; JMH results in %s%n",
        quick ? "quick" : "full", (System.nanoTime() - started) / 1e9, loadAverage(), results);
    System.out.println(ratios.entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "\"%s\": %.3f", e.getKey(), e.getValue()))
        .collect(Collectors.joining(", ", "{", "}")));
  }

  private Collection<RunResult> jmh(String name, String include, String workload,
      int warmups, int warmupSeconds, int measurements, int measurementSeconds) throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(include)
        .warmupIterations(warmups)
        .warmupTime(TimeValue.seconds(warmupSeconds))
        .measurementIterations(measurements)
        .measurementTime(TimeValue.seconds(measurementSeconds))
        .forks(1)
        .resultFormat(ResultFormatType.JSON)
        .result(results.resolve("jmh-" + name + ".json").toString());
    if (workload != null) {
      options.param("workload", workload);
    }
    return new Runner(options.build()).run();
  }

  private RunResult batch(int warmups, int measurements) throws RunnerException {
    return new Runner(new OptionsBuilder()
        .include(BATCH + "\\.")
        .warmupIterations(warmups)
        .measurementIterations(measurements)
        .forks(1)
        .resultFormat(ResultFormatType.JSON)
        .result(results.resolve("jmh-batch.json").toString())
        .build()).runSingle();
  }

  private static String key(RunResult result) {
    String benchmark = result.getParams().getBenchmark();
    return benchmark.substring(benchmark.lastIndexOf('.') + 1) + "@" + result.getParams().getParam("workload");
  }

  private static List<Double> iterationScores(RunResult result) {
    List<Double> scores = new ArrayList<>();
    for (BenchmarkResult benchmark : result.getBenchmarkResults()) {
      for (IterationResult iteration : benchmark.getIterationResults()) {
        scores.add(iteration.getPrimaryResult().getScore());
      }
    }
    return scores;
  }

  private static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static void floor(Map<String, Double> ratios, String name, double floor, boolean atLeast) {
    double value = ratios.get(name);
    boolean met = atLeast ? value >= floor : value <= floor;
    System.out.printf(Locale.ROOT, "#   %-32s %10.3f %s %-5s %s%n", name, value, atLeast ? ">=" : "<=",
        floor, met ? "met" : "MISSED");
  }

  private static String machine() {
    String cpu = readFirst(Path.of("/proc/cpuinfo"), "model name").map(l -> l.substring(l.indexOf(':') + 1).trim())
        .orElse(System.getProperty("os.arch"));
    return String.format(Locale.ROOT, "%d cores (%s), %s %s (%s), max heap of this JVM %d MB",
        Runtime.getRuntime().availableProcessors(), cpu, System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"), System.getProperty("os.name"),
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private static String loadAverage() {
    return readFirst(Path.of("/proc/loadavg"), "").orElse("unknown");
  }

  private static Optional<String> readFirst(Path file, String prefix) {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.filter(l -> l.startsWith(prefix)).findFirst();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
