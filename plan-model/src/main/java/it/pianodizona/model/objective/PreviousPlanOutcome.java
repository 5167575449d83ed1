package it.pianodizona.model.objective;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.common.SourceRef;
import it.pianodizona.model.common.Traceable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Esiti del piano precedente: for one objective of the previous plan, the interventions, the
 * actions done and the results stated.
 */
@Value.Immutable
public interface PreviousPlanOutcome extends Traceable {

  String id();

  /** The label in the document, e.g. "a". */
  String code();

  /** The priority area it belonged to, e.g. "Presa in carico integrata". */
  Optional<String> priorityArea();

  String title();

  /** Interventi / progetti. */
  ImmutableList<String> interventions();

  /** Azioni realizzate. */
  ImmutableList<String> actionsDone();

  /** Risultati / esiti. */
  ImmutableList<String> results();

  static ImmutablePreviousPlanOutcome.Builder builder() {
    return ImmutablePreviousPlanOutcome.builder();
  }

  @Override
  Optional<String> notes();

  @Override
  ImmutableList<SourceRef> sources();
}
