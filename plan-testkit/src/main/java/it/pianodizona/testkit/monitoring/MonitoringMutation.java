package it.pianodizona.testkit.monitoring;

import static java.util.Objects.requireNonNull;

import it.pianodizona.model.monitoring.MonitoringDocument;

/**
 * Monitoraggio con un difetto: a monitoring document with exactly one defect, the kind of the
 * finding it must cause ({@code MonitoringFindingKind} name in plan-monitor) and the JSON Pointer
 * of that finding in the monitoring document.
 */
public record MonitoringMutation(MonitoringDocument document, String kind, String pointer) {

  public MonitoringMutation {
    requireNonNull(document, "document");
    requireNonNull(kind, "kind");
    requireNonNull(pointer, "pointer");
  }
}
