package it.pianodizona.report;

import it.pianodizona.io.MonitoringJson;
import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.monitoring.MonitoringDocument;
import it.pianodizona.monitor.MonitoringAssessor;
import it.pianodizona.monitor.MonitoringOptions;
import it.pianodizona.monitor.MonitoringReport;
import it.pianodizona.registry.MunicipalityRegistry;
import it.pianodizona.registry.Population;
import it.pianodizona.report.monitoring.DerivedPopulation;
import it.pianodizona.report.monitoring.MonitoringReportDocument;
import it.pianodizona.report.monitoring.MonitoringReportOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Rapporti di monitoraggio per i test: the bundled Crema plan and its monitoring file (values
 * illustrative, as the file says), assessed as of 31 March 2018, with the population derived from
 * the registry as pdz monitor derives it.
 */
final class MonitoringSamples {

  static final Path PLAN = Path.of("../examples/plans/crema-2015-2017.json");
  static final Path MONITORING = Path.of("../examples/monitoring/crema-2015-2017-monitoring.json");
  static final LocalDate AS_OF = LocalDate.of(2018, 3, 31);

  private MonitoringSamples() {}

  static ZonePlan plan() {
    try {
      return PlanJson.read(PLAN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MonitoringDocument monitoring() {
    try {
      return MonitoringJson.read(MONITORING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Crema monitoring report as a document in the given language. */
  static ReportDocument crema(ReportLanguage language) {
    return document(plan(), monitoring(), language);
  }

  static ReportDocument document(ZonePlan plan, MonitoringDocument monitoring, ReportLanguage language) {
    Optional<Population> derived = MunicipalityRegistry.italy().derivedPopulation(
        plan.district().municipalities().stream().flatMap(m -> m.istatCode().stream()).toList());
    MonitoringReport report = MonitoringAssessor.of(MonitoringOptions.builder().asOf(AS_OF)
        .population(derived.map(p -> (long) p.inhabitants())).build()).assess(plan, monitoring);
    var options = MonitoringReportOptions.builder().language(language).generatedOn(SampleReports.GENERATED_ON)
        .monitoring(monitoring);
    derived.ifPresent(p -> options.derivedPopulation(DerivedPopulation.of(plan.district().municipalities().size(),
        p.referenceDate(), MunicipalityRegistry.italy().byCode("019035").flatMap(m -> m.population())
            .map(Population::source).orElse(p.source()))));
    return MonitoringReportDocument.of(report, options.build());
  }
}
