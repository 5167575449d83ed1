package it.pianodizona.model.monitoring;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Monitoraggio annuale: the measurements, actual spending, state of the actions and staffing
 * reported for one year of the plan.
 */
@Value.Immutable
public interface MonitoringYear {

  Year year();

  /** Rilevazioni degli indicatori. */
  ImmutableList<IndicatorMeasurement> measurements();

  /** Spesa effettiva (consuntivo) per objective and funding source. */
  ImmutableList<ActualSpending> spending();

  /** Stato di attuazione delle azioni. */
  ImmutableList<ActionStatus> actions();

  /** Personale impiegato, where the document reports it. */
  ImmutableList<Staffing> staffing();

  Optional<String> notes();

  static ImmutableMonitoringYear.Builder builder() {
    return ImmutableMonitoringYear.builder();
  }
}
