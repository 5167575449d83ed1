package it.pianodizona.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.openjdk.jmh.results.Result;
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
 * a shared machine moves less than the mean. The ratios between single-threaded benchmarks
 * compare CPU time per operation ({@link CpuTimeProfiler}), which does not depend on how busy the
 * machine was while each benchmark ran; the wall-clock ratios are printed beside them. The batch
 * is timed wall-clock, as a user would wait for it.
 *
 * <p>Every benchmark warms up for {@value #WARMUP_ITERATIONS} iterations of
 * {@value #ITERATION_SECONDS} seconds: reading and the rule catalogue are a lot of code for the
 * JIT compiler, which on two busy cores needs half a minute or more before its work stops showing
 * in the times (Jackson's tree, much less code, is ready far sooner). The compiler's time during
 * the measurement is printed so that a run that was not yet steady shows it.
 *
 * <p>{@code --quick} measures only what the ratios need (Jackson's tree and bare tokens, read and
 * validate, networknt on the Crema-sized synthetic plan; read and validate on ten times that), in under five
 * minutes on two cores; without it every path runs on the real Crema plan and on the synthetic
 * ones of 1 and 10 times its size, and the main paths on 100 times its size: about twenty
 * minutes. Both modes also time a plan diff ({@link DiffBenchmark}) on the real plan and on the
 * synthetic ones of 1 and 10 times its size. JMH's JSON results go to {@code --results DIR} (default {@code benchmarks/target}).
 */
public final class RatioRunner {

  private static final String PLAN = PlanBenchmarks.class.getName();
  private static final String BATCH = BatchBenchmark.class.getName();
  private static final String MONITOR_BATCH = MonitorBatchBenchmark.class.getName();
  private static final String OVERVIEW = OverviewBenchmark.class.getName();
  private static final String DIFF = DiffBenchmark.class.getName();
  private static final String RATIO_PATHS = "(jacksonReadTree|jacksonTokens|readValidate|networkntValidate)";
  private static final String ALL_PATHS =
      "(jacksonReadTree|jacksonTokens|read|readValidate|networkntValidate|networkntValidateTree|validate)";
  private static final String LARGE_PATHS = "(jacksonReadTree|readValidate|validate)";
  private static final int WARMUP_ITERATIONS = 20;
  private static final int ITERATION_SECONDS = 2;
  private static final String COMPILER_TIME = "compiler.time.profiled";

  private final boolean quick;
  private final Path results;

  /** Fresh processes per side for {@code cliColdStartVsJacksonProgram}. */
  private static final int COLD_START_RUNS = 9;

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
        case "--cold-start":
          coldStartOnly();
          return;
        default:
          System.err.println("usage: RatioRunner [--quick] [--results DIR] | --cold-start");
          System.exit(2);
      }
    }
    Files.createDirectories(results);
    new RatioRunner(quick, results).run();
  }

  /** Only {@code cliColdStartVsJacksonProgram}: a minute rather than the JMH runs. */
  private static void coldStartOnly() {
    System.out.println("# machine: " + machine());
    System.out.println("# load before: " + loadAverage());
    double ratio = coldStart();
    System.out.println("# load after: " + loadAverage());
    System.out.printf(Locale.ROOT, "{\"cliColdStartVsJacksonProgram\": %.3f}%n", ratio);
  }

  private static double coldStart() {
    try {
      ColdStart.Result result = ColdStart.measure(COLD_START_RUNS);
      System.out.println(ColdStart.describe(result));
      return result.ratio();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void run() throws RunnerException {
    String machine = machine();
    System.out.println("# machine: " + machine);
    System.out.println("# load before: " + loadAverage());
    long started = System.nanoTime();

    List<RunResult> single = new ArrayList<>();
    if (quick) {
      single.addAll(jmh("plan-1x", RATIO_PATHS, 4, "1x"));
      single.addAll(jmh("plan-10x", "readValidate", 6, "10x"));
    } else {
      single.addAll(jmh("plan", ALL_PATHS, 5, "1x", "10x", Workloads.CREMA));
      single.addAll(jmh("plan-100x", LARGE_PATHS, 5, "100x"));
    }
    single.addAll(jmh(DIFF, "diff", "diff", 5, Workloads.CREMA, "1x", "10x"));
    RunResult batch = batch(quick ? 5 : 8, quick ? 5 : 9);
    RunResult monitorBatch = batch(MONITOR_BATCH, "jmh-monitor-batch.json", quick ? 5 : 8, quick ? 5 : 9);
    RunResult overviewBatch = overview(quick ? 3 : 5, quick ? 5 : 7);

    Map<String, Double> wall = new LinkedHashMap<>();
    Map<String, Double> cpu = new LinkedHashMap<>();
    Map<String, Double> compiling = new LinkedHashMap<>();
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (RunResult result : single) {
      wall.put(key(result), median(iterationScores(result, null)));
      cpu.put(key(result), median(iterationScores(result, CpuTimeProfiler.NAME)));
      compiling.put(key(result), iterationScores(result, COMPILER_TIME).stream().mapToDouble(d -> d).sum());
    }
    System.out.println();
    System.out.println("# per operation, median of the JMH iterations: wall-clock and CPU time (us), JSON per CPU second,");
    System.out.println("# and the JIT compiler's time during the measurement (ms; near zero once steady):");
    for (String key : wall.keySet()) {
      String workload = key.substring(key.indexOf('@') + 1);
      double megabytesPerCpuSecond = sizes.computeIfAbsent(workload, w -> Workloads.json(w).length) / cpu.get(key);
      System.out.printf(Locale.ROOT, "#   %-30s %12.1f wall %12.1f cpu %8.1f MB/s %8.0f ms JIT%n", key, wall.get(key),
          cpu.get(key), megabytesPerCpuSecond, compiling.get(key));
    }
    List<Double> batchSeconds = iterationScores(batch, null).stream().map(ms -> ms / 1000)
        .collect(Collectors.toList());
    double batch600 = median(batchSeconds);
    System.out.printf(Locale.ROOT, "#   batch of 600 plans, 2 threads: %s s, median %.3f s%n", batchSeconds, batch600);
    List<Double> monitorSeconds = iterationScores(monitorBatch, null).stream().map(ms -> ms / 1000)
        .collect(Collectors.toList());
    double monitor600 = median(monitorSeconds);
    System.out.printf(Locale.ROOT, "#   600 plans with 3 years of monitoring assessed, 2 threads: %s s, median %.3f s%n",
        monitorSeconds, monitor600);

    List<Double> overviewSeconds = iterationScores(overviewBatch, null).stream().map(ms -> ms / 1000)
        .collect(Collectors.toList());
    double overview600 = median(overviewSeconds);
    double overviewHeap = iterationScores(overviewBatch, PeakHeapProfiler.NAME).stream()
        .mapToDouble(d -> d).max().orElse(Double.NaN);
    System.out.printf(Locale.ROOT, "#   overview of 600 plan files read, validated and summarised, 2 threads, -Xmx256m:"
        + " %s s, median %.3f s; peak heap %.1f MiB%n", overviewSeconds, overview600, overviewHeap);

    List<RetainedHeap.Measure> heap = List.of(
        RetainedHeap.of("1x", Workloads.json("1x")),
        RetainedHeap.of(Workloads.CREMA, Workloads.cremaJson()));
    heap.forEach(m -> System.out.printf(Locale.ROOT,
        "#   retained heap %-6s %,d bytes for %,d JSON bytes: %.3f (%.3f per byte without indentation; %s)%n",
        m.workload(), m.retainedBytes(), m.jsonBytes(), m.perJsonByte(), m.perCompactJsonByte(), m.method()));
    double heapPerByte = heap.stream().mapToDouble(RetainedHeap.Measure::perJsonByte).max().orElseThrow();

    System.out.println("# ratios from wall-clock times, for comparison (skewed when the load changes during the run):");
    Map<String, Double> wallRatios = singleThreadRatios(wall);
    wallRatios.forEach((name, value) -> System.out.printf(Locale.ROOT, "#   %-32s %10.3f%n", name, value));
    Map<String, Double> ratios = singleThreadRatios(cpu);
    ratios.put("batch600Seconds", batch600);
    ratios.put("heapBytesPerJsonByte", heapPerByte);
    ratios.put("cliColdStartVsJacksonProgram", coldStart());
    ratios.put("monitor600Seconds", monitor600);
    ratios.put("overview600Seconds", overview600);
    ratios.put("overviewHeapMiB", overviewHeap);

    // networknt parses the document into Jackson's tree too, so no reader that turns the same
    // bytes into the plan's strings can be faster, relative to it, than Jackson's bare tokens are.
    System.out.printf(Locale.ROOT, "# ceiling of schemaValidationVsReadValidate for any reader that decodes the plan's"
        + " strings (networknt / Jackson's bare tokens): %.3f%n",
        cpu.get("networkntValidate@1x") / cpu.get("jacksonTokens@1x"));
    System.out.println("# floors of issue 7:");
    floor(ratios, "readValidateVsJacksonTree", 0.5, true);
    floor(ratios, "schemaValidationVsReadValidate", 2, true);
    floor(ratios, "scaling10x", 11, false);
    floor(ratios, "batch600Seconds", 2, false);
    floor(ratios, "heapBytesPerJsonByte", 2, false);
    floor(ratios, "cliColdStartVsJacksonProgram", 1.5, false);
    floor(ratios, "monitor600Seconds", 2, false);
    floor(ratios, "overview600Seconds", 2, false);
    floor(ratios, "overviewHeapMiB", 256, false);
    floor(ratios, "diffCremaMicros", 2000, false);
    floor(ratios, "diffScaling10x", 11, false);
    System.out.printf(Locale.ROOT, "# mode: %s; took %.0f s; load after: %s; JMH results in %s%n",
        quick ? "quick" : "full", (System.nanoTime() - started) / 1e9, loadAverage(), results);
    System.out.println(ratios.entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "\"%s\": %.3f", e.getKey(), e.getValue()))
        .collect(Collectors.joining(", ", "{", "}")));
  }

  private Collection<RunResult> jmh(String name, String paths, int measurements, String... workloads)
      throws RunnerException {
    return jmh(PLAN, name, paths, measurements, workloads);
  }

  private Collection<RunResult> jmh(String benchmarks, String name, String paths, int measurements,
      String... workloads) throws RunnerException {
    return new Runner(new OptionsBuilder()
        .include(benchmarks + "\\." + paths + "$")
        .param("workload", workloads)
        .warmupIterations(WARMUP_ITERATIONS)
        .warmupTime(TimeValue.seconds(ITERATION_SECONDS))
        .measurementIterations(measurements)
        .measurementTime(TimeValue.seconds(ITERATION_SECONDS))
        .forks(1)
        .addProfiler(CpuTimeProfiler.class)
        .addProfiler("comp")
        .resultFormat(ResultFormatType.JSON)
        .result(results.resolve("jmh-" + name + ".json").toString())
        .build()).run();
  }

  /** The overview benchmark, with the peak heap of each iteration. */
  private RunResult overview(int warmups, int measurements) throws RunnerException {
    return new Runner(new OptionsBuilder()
        .include(OVERVIEW + "\\.")
        .warmupIterations(warmups)
        .measurementIterations(measurements)
        .forks(1)
        .addProfiler(PeakHeapProfiler.class)
        .resultFormat(ResultFormatType.JSON)
        .result(results.resolve("jmh-overview.json").toString())
        .build()).runSingle();
  }

  private RunResult batch(int warmups, int measurements) throws RunnerException {
    return batch(BATCH, "jmh-batch.json", warmups, measurements);
  }

  private RunResult batch(String benchmark, String file, int warmups, int measurements) throws RunnerException {
    return new Runner(new OptionsBuilder()
        .include(benchmark + "\\.")
        .warmupIterations(warmups)
        .measurementIterations(measurements)
        .forks(1)
        .resultFormat(ResultFormatType.JSON)
        .result(results.resolve(file).toString())
        .build()).runSingle();
  }

  /** The ratios of issue 7 that compare single-threaded benchmarks, from these times per operation. */
  private static Map<String, Double> singleThreadRatios(Map<String, Double> micros) {
    double readValidate = micros.get("readValidate@1x");
    Map<String, Double> ratios = new LinkedHashMap<>();
    ratios.put("readValidateVsJacksonTree", micros.get("jacksonReadTree@1x") / readValidate);
    ratios.put("schemaValidationVsReadValidate", micros.get("networkntValidate@1x") / readValidate);
    ratios.put("scaling10x", micros.get("readValidate@10x") / readValidate);
    // Issue 19: a plan diff, absolute on the real plan and 10x / 1x on the synthetic ones.
    ratios.put("diffCremaMicros", micros.get("diff@" + Workloads.CREMA));
    ratios.put("diffScaling10x", micros.get("diff@10x") / micros.get("diff@1x"));
    return ratios;
  }

  private static String key(RunResult result) {
    String benchmark = result.getParams().getBenchmark();
    return benchmark.substring(benchmark.lastIndexOf('.') + 1) + "@" + result.getParams().getParam("workload");
  }

  /** The primary score of each measurement iteration, or the named secondary one; sorted. */
  private static List<Double> iterationScores(RunResult result, String secondary) {
    List<Double> scores = new ArrayList<>();
    for (BenchmarkResult benchmark : result.getBenchmarkResults()) {
      for (IterationResult iteration : benchmark.getIterationResults()) {
        Result score = secondary == null ? iteration.getPrimaryResult() : iteration.getSecondaryResults().get(secondary);
        scores.add(score == null ? Double.NaN : score.getScore());
      }
    }
    scores.sort(null);
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
