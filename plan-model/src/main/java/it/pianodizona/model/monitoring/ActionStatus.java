package it.pianodizona.model.monitoring;

import java.util.Optional;
import org.immutables.value.Value;

/** Stato dell'azione: the progress of one action of the plan in a monitored year, with a note. */
@Value.Immutable
public interface ActionStatus {

  /** The id of an action of the plan. */
  String actionId();

  ActionProgress progress();

  Optional<String> notes();

  static ImmutableActionStatus.Builder builder() {
    return ImmutableActionStatus.builder();
  }

  static ActionStatus of(String actionId, ActionProgress progress) {
    return builder().actionId(actionId).progress(progress).build();
  }
}
