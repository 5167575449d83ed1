package it.pianodizona.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
 * Picco di heap: the peak heap occupancy of each iteration, reported as {@value #NAME} (MiB) and
 * aggregated by maximum. It is the sum of each heap pool's peak usage as the garbage collector
 * records it (the JVM's MemoryPoolMXBean peaks, reset before each iteration); pools may peak at
 * different moments, so the sum is an upper bound of the heap the iteration held at once.
 */
public final class PeakHeapProfiler implements InternalProfiler {

  /** The name of the secondary result. */
  public static final String NAME = "heap.peak.mib";

  @Override
  public String getDescription() {
    return "peak heap occupancy per iteration (sum of heap pools' peaks), MiB";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long bytes = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return List.of(new ScalarResult(NAME, bytes / (1024.0 * 1024.0), "MiB", AggregationPolicy.MAX));
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }
}
