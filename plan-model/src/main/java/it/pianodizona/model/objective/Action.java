package it.pianodizona.model.objective;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.leps.Leps;
import java.util.Optional;
import org.immutables.value.Value;

/** Azione / intervento: one thing the plan will do to reach an objective. */
@Value.Immutable
public interface Action {

  String id();

  /** The action as the document words it. */
  String description();

  /** When the action is scheduled, where the document ties it to a date, month or year. */
  Optional<PartialDate> scheduledFor();

  /** The essential levels (LEPS) the action provides. */
  ImmutableList<Leps> leps();

  Optional<String> notes();

  static ImmutableAction.Builder builder() {
    return ImmutableAction.builder();
  }
}
