package it.pianodizona.model.participation;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * Percorso partecipativo: how the plan was drawn up with the territory: calls, expressions of
 * interest, phases, work tables and their meetings.
 */
@Value.Immutable
public interface Participation {

  ImmutableList<ParticipationCall> calls();

  ImmutableList<ExpressionOfInterest> expressionsOfInterest();

  ImmutableList<Phase> phases();

  ImmutableList<WorkTable> workTables();

  ImmutableList<Meeting> meetings();

  static ImmutableParticipation.Builder builder() {
    return ImmutableParticipation.builder();
  }

  /** A participation section with nothing in it. */
  static Participation empty() {
    return builder().build();
  }
}
