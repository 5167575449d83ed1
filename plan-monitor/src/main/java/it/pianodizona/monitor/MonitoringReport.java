package it.pianodizona.monitor;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Rapporto di monitoraggio: the immutable result of judging a plan's monitoring data: every
 * indicator per year, every objective per year with its spending and actions, a summary per
 * year, and the findings on the monitoring document.
 */
@Value.Immutable
public interface MonitoringReport {

  String planId();

  String planTitle();

  String districtName();

  LocalDate asOf();

  Optional<Long> population();

  /** The years reported, in order. */
  ImmutableList<Year> years();

  /** By objective, indicator and year, in plan order. */
  ImmutableList<IndicatorAssessment> indicators();

  /** By objective and year, in plan order. */
  ImmutableList<ObjectiveAssessment> objectives();

  /** By objective, action and year, in plan order. */
  ImmutableList<ActionAssessment> actions();

  ImmutableList<YearSummary> summaries();

  ImmutableList<MonitoringFinding> findings();

  /**
   * Whether everything due is met: no indicator due is partly met, not met or unmeasured, and the
   * monitoring document has no finding.
   */
  @Value.Lazy
  default boolean everythingDueMet() {
    return findings().isEmpty() && indicators().stream().noneMatch(i -> i.attainment().isShortfall());
  }

  /** The number of indicator rows with this attainment. */
  default long count(Attainment attainment) {
    return indicators().stream().filter(i -> i.attainment() == attainment).count();
  }

  static ImmutableMonitoringReport.Builder builder() {
    return ImmutableMonitoringReport.builder();
  }
}
