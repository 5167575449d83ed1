package it.pianodizona.model.monitoring;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.common.SourceRef;
import it.pianodizona.model.common.Traceable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Monitoraggio del Piano di Zona: what the planning office (Ufficio di Piano) and the
 * evaluation body collected on one approved plan, year by year, in a document of its own.
 *
 * <p>The plan is referred to by its id, never copied. References from here into the plan
 * (indicator, objective and action ids) are not checked on construction: a document that
 * names an unknown id still loads, and the assessment reports it at its JSON Pointer.
 */
@Value.Immutable
public interface MonitoringDocument extends Traceable {

  /** The id of the monitored plan ({@code ZonePlan.id()}). */
  String planId();

  /** E.g. "Monitoraggio del Piano di Zona 2015-2017". */
  Optional<String> title();

  /** Monitoraggio annuale: one entry per year, in the order the document gives them. */
  ImmutableList<MonitoringYear> years();

  static ImmutableMonitoringDocument.Builder builder() {
    return ImmutableMonitoringDocument.builder();
  }

  @Override
  Optional<String> notes();

  @Override
  ImmutableList<SourceRef> sources();
}
