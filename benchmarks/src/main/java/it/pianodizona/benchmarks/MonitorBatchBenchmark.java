package it.pianodizona.benchmarks;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.monitoring.MonitoringDocument;
import it.pianodizona.model.territory.Region;
import it.pianodizona.monitor.MonitoringAssessor;
import it.pianodizona.monitor.MonitoringOptions;
import it.pianodizona.testkit.monitoring.MonitoringGenerator;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
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
 * Monitoraggio nazionale: 600 distinct Crema-sized plans (one per seed, regions in turn), each
 * with a generated monitoring document of its three years, assessed by one shared assessor on a
 * pool of two threads. Plans and documents are loaded beforehand: one operation is the
 * assessment of the whole batch, timed wall-clock.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 7)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class MonitorBatchBenchmark {

  @Param("600")
  public int plans;

  @Param("2")
  public int threads;

  private List<ZonePlan> planList;
  private List<MonitoringDocument> documents;
  private MonitoringAssessor assessor;
  private ExecutorService pool;

  @Setup(Level.Trial)
  public void setUp() {
    Region[] regions = Region.values();
    planList = new ArrayList<>(plans);
    documents = new ArrayList<>(plans);
    for (int i = 0; i < plans; i++) {
      ZonePlan plan = PlanGenerator.generate(i + 1, PlanShape.cremaSized(regions[i % regions.length]));
      planList.add(plan);
      documents.add(MonitoringGenerator.generate(plan, i + 1));
    }
    assessor = MonitoringAssessor.of(MonitoringOptions.asOf(MonitorBenchmark.AS_OF));
    pool = Executors.newFixedThreadPool(threads);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws InterruptedException {
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
  }

  /** The number of indicator rows over the batch, so that no work can be left out. */
  @Benchmark
  public long assess600() throws InterruptedException, ExecutionException {
    List<Callable<Integer>> tasks = new ArrayList<>(planList.size());
    for (int i = 0; i < planList.size(); i++) {
      ZonePlan plan = planList.get(i);
      MonitoringDocument document = documents.get(i);
      tasks.add(() -> assessor.assess(plan, document).indicators().size());
    }
    long rows = 0;
    for (Future<Integer> result : pool.invokeAll(tasks)) {
      rows += result.get();
    }
    return rows;
  }
}
