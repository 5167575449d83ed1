package it.pianodizona.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Tempo di CPU per operazione: the CPU time the whole benchmark JVM spends per operation, its
 * garbage collector and compiler threads included, reported beside JMH's wall-clock score as
 * {@value #NAME}.
 *
 * <p>On a machine shared with other work, wall-clock time per operation depends on how much of
 * the processors the benchmark got during each iteration, which differs between benchmarks run
 * minutes apart; the CPU time an operation costs does not, so ratios of CPU times compare the
 * paths fairly. On an idle machine the two agree for single-threaded benchmarks.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  /** The name of the secondary result. */
  public static final String NAME = "cpu.time.per.op";

  private long start;

  @Override
  public String getDescription() {
    return "CPU time of the benchmark JVM per operation, GC and JIT threads included";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    start = processCpuNanos();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long nanos = processCpuNanos() - start;
    long operations = result.getMetadata().getAllOps();
    double microsPerOperation = operations == 0 ? Double.NaN : nanos / 1e3 / operations;
    return List.of(new ScalarResult(NAME, microsPerOperation, "us/op", AggregationPolicy.AVG));
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
