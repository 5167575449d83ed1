package it.pianodizona.benchmarks;

import it.pianodizona.io.MonitoringJson;
import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.monitoring.MonitoringDocument;
import it.pianodizona.model.territory.Region;
import it.pianodizona.monitor.MonitoringAssessor;
import it.pianodizona.monitor.MonitoringOptions;
import it.pianodizona.monitor.MonitoringReport;
import it.pianodizona.testkit.monitoring.MonitoringGenerator;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Monitoraggio di un piano: the assessment of one loaded plan with three years of monitoring
 * data, as of after the plan's end so that every target is judged. Two workloads: the real
 * Crema 2015-2017 plan with its illustrative monitoring file, and the Crema-sized synthetic plan
 * with a generated monitoring document of every year.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class MonitorBenchmark {

  static final LocalDate AS_OF = LocalDate.of(2030, 1, 1);
  private static final String MONITORING_RESOURCE =
      "/it/pianodizona/benchmarks/monitoring/crema-2015-2017-monitoring.json";

  private MonitoringAssessor assessor;
  private ZonePlan crema;
  private MonitoringDocument cremaMonitoring;
  private ZonePlan synthetic;
  private MonitoringDocument syntheticMonitoring;

  @Setup
  public void setUp() {
    assessor = MonitoringAssessor.of(MonitoringOptions.asOf(AS_OF));
    crema = PlanJson.read(Workloads.cremaJson(), "crema-2015-2017.json");
    cremaMonitoring = MonitoringJson.read(cremaMonitoringJson(), "crema-2015-2017-monitoring.json");
    synthetic = PlanGenerator.generate(Workloads.SEED, PlanShape.cremaSized(Region.LOMBARDIA));
    syntheticMonitoring = MonitoringGenerator.generate(synthetic, Workloads.SEED);
  }

  static byte[] cremaMonitoringJson() {
    try (InputStream in = MonitorBenchmark.class.getResourceAsStream(MONITORING_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the Crema monitoring file is missing from the jar: " + MONITORING_RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public MonitoringReport assessCrema() {
    return assessor.assess(crema, cremaMonitoring);
  }

  @Benchmark
  public MonitoringReport assessSynthetic() {
    return assessor.assess(synthetic, syntheticMonitoring);
  }
}
