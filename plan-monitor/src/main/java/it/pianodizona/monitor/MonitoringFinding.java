package it.pianodizona.monitor;

import org.immutables.value.Value;

/**
 * Rilievo sul monitoraggio: one problem of a monitoring document against its plan, at its JSON
 * Pointer in the monitoring document. The data it concerns is left out of the assessment.
 */
@Value.Immutable
public interface MonitoringFinding {

  MonitoringFindingKind kind();

  /** E.g. {@code /years/0/measurements/3/indicatorId}. */
  String pointer();

  /** The offending value as the document gives it (an id, a year, a date). */
  String value();

  static MonitoringFinding of(MonitoringFindingKind kind, String pointer, String value) {
    return ImmutableMonitoringFinding.builder().kind(kind).pointer(pointer).value(value).build();
  }
}
