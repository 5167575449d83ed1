package it.pianodizona.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.io.MonitoringJson;
import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.Region;
import it.pianodizona.monitor.MonitoringAssessor;
import it.pianodizona.monitor.MonitoringOptions;
import it.pianodizona.monitor.MonitoringReport;
import it.pianodizona.testkit.monitoring.MonitoringGenerator;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import org.junit.jupiter.api.Test;

/** The monitoring benchmarks time the assessment of consistent documents of three years, not an error path. */
class MonitorWorkloadsTest {

  private static final MonitoringAssessor ASSESSOR = MonitoringAssessor.of(MonitoringOptions.asOf(MonitorBenchmark.AS_OF));

  @Test
  void theCremaMonitoringFileIsInTheJarAndMatchesItsPlan() {
    ZonePlan crema = PlanJson.read(Workloads.cremaJson(), "crema.json");
    MonitoringReport report = ASSESSOR.assess(crema,
        MonitoringJson.read(MonitorBenchmark.cremaMonitoringJson(), "crema-monitoring.json"));
    assertThat(report.findings()).isEmpty();
    assertThat(report.years()).hasSize(3);
  }

  @Test
  void theBatchPlansHaveThreeYearsOfConsistentMonitoring() {
    for (int i = 0; i < 20; i++) {
      ZonePlan plan = PlanGenerator.generate(i + 1, PlanShape.cremaSized(Region.values()[i % Region.values().length]));
      var document = MonitoringGenerator.generate(plan, i + 1);
      assertThat(document.years()).hasSize(3);
      assertThat(ASSESSOR.assess(plan, document).findings()).isEmpty();
    }
  }
}
