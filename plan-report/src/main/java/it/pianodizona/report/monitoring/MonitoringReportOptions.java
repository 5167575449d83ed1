package it.pianodizona.report.monitoring;

import it.pianodizona.model.monitoring.MonitoringDocument;
import it.pianodizona.report.ReportLanguage;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Opzioni del rapporto di monitoraggio: the language, the generation date (given, never read
 * from a clock), the monitoring document the report was made from (for its notes and whether
 * its values are illustrative) and where the population comes from when it was derived.
 */
@Value.Immutable
public abstract class MonitoringReportOptions {

  /** Italian by default. */
  @Value.Default
  public ReportLanguage language() {
    return ReportLanguage.IT;
  }

  /** The date printed as the generation date. */
  public abstract LocalDate generatedOn();

  /** The monitoring document assessed; its notes are quoted, and an illustrative one is labelled. */
  public abstract Optional<MonitoringDocument> monitoring();

  /**
   * Present when the report's population was derived from a registry rather than given: the
   * report says it is derived and from which date.
   */
  public abstract Optional<DerivedPopulation> derivedPopulation();

  /** A builder. */
  public static ImmutableMonitoringReportOptions.Builder builder() {
    return ImmutableMonitoringReportOptions.builder();
  }
}
