package it.pianodizona.benchmarks;

import it.pianodizona.io.PlanJson;
import it.pianodizona.overview.Overview;
import it.pianodizona.overview.PlanSummariser;
import it.pianodizona.testkit.plans.SyntheticPlans;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Quadro nazionale: 600 Crema-sized synthetic plans (those of {@code pdz generate --count 600
 * --seed 1}), written to files beforehand; one operation reads, validates and summarises them
 * all into an {@link Overview} on two threads, timed wall-clock, in a JVM limited to 256 MiB of
 * heap. {@link PeakHeapProfiler} reports the peak heap of each iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 7)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class OverviewBenchmark {

  /** The date the plans are judged as of: fixed, so that every run validates the same way. */
  static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  @Param("600")
  public int plans;

  @Param("2")
  public int threads;

  private Path directory;
  private List<Path> files;
  private PlanSummariser summariser;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    directory = Files.createTempDirectory("pdz-overview-benchmark");
    files = new ArrayList<>(plans);
    for (int i = 0; i < plans; i++) {
      Path file = directory.resolve(String.format("synthetic-%04d.json", i));
      PlanJson.write(SyntheticPlans.plan(1, i), file);
      files.add(file);
    }
    summariser = PlanSummariser.standard(AS_OF);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> all = Files.walk(directory)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The number of readable plans, so that no work can be left out. */
  @Benchmark
  public int overview600() {
    return summariser.overview(files, threads, done -> { }).national().plans();
  }
}
