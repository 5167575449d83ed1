package it.pianodizona.monitor;

import it.pianodizona.model.monitoring.ActionProgress;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/** Stato dell'azione nell'anno: the progress reported for one action of the plan in one year. */
@Value.Immutable
public interface ActionAssessment {

  String objectiveId();

  String actionId();

  String description();

  Year year();

  /** Absent when the monitoring document does not report the action for the year. */
  Optional<ActionProgress> progress();

  Optional<String> notes();

  static ImmutableActionAssessment.Builder builder() {
    return ImmutableActionAssessment.builder();
  }
}
