package it.pianodizona.benchmarks;

import it.pianodizona.io.PlanJson;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * Osservatorio nazionale: 600 distinct Crema-sized plans (one per seed, regions in turn, the
 * JSON written beforehand) read and validated with the full catalogue by a pool of two threads.
 * One operation is the whole batch, timed wall-clock.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 7)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class BatchBenchmark {

  /** How many plans the batch holds: about Italy's number of districts. */
  @Param("600")
  public int plans;

  /** The pool's threads. */
  @Param("2")
  public int threads;

  private List<byte[]> documents;
  private Validator validator;
  private ExecutorService pool;

  @Setup(Level.Trial)
  public void setUp() {
    Region[] regions = Region.values();
    documents = new ArrayList<>(plans);
    for (int i = 0; i < plans; i++) {
      documents.add(Workloads.synthetic(i + 1, regions[i % regions.length], 1));
    }
    validator = Workloads.validator();
    pool = Executors.newFixedThreadPool(threads);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws InterruptedException {
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
  }

  /** The number of findings over the batch, so that no work can be left out. */
  @Benchmark
  public long readValidate600() throws InterruptedException, ExecutionException {
    List<Callable<Integer>> tasks = new ArrayList<>(documents.size());
    for (int i = 0; i < documents.size(); i++) {
      byte[] json = documents.get(i);
      String name = "plan-" + i + ".json";
      tasks.add(() -> validator.validate(PlanJson.read(json, name)).findings().size());
    }
    long findings = 0;
    for (Future<Integer> result : pool.invokeAll(tasks)) {
      findings += result.get();
    }
    return findings;
  }
}
