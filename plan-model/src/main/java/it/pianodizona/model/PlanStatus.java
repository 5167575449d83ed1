package it.pianodizona.model;

import com.google.common.collect.ImmutableSet;

/**
 * Stato del piano: where a plan stands in its lifecycle, from draft to closed.
 *
 * <p>A plan moves forward one step at a time, may go back from consultation or approval to an
 * earlier stage when it is reworked, and may be closed from any stage.
 */
public enum PlanStatus {
  /** Bozza. */
  DRAFT,
  /** In consultazione / concertazione with the territory. */
  IN_CONSULTATION,
  /** Approvato dall'Assemblea dei Sindaci. */
  APPROVED,
  /** Accordo di programma sottoscritto. */
  AGREEMENT_SIGNED,
  /** In vigore. */
  IN_FORCE,
  /** Concluso. */
  CLOSED;

  /** The statuses a plan in this status may move to next. */
  public ImmutableSet<PlanStatus> successors() {
    switch (this) {
      case DRAFT:
        return ImmutableSet.of(IN_CONSULTATION, APPROVED, CLOSED);
      case IN_CONSULTATION:
        return ImmutableSet.of(DRAFT, APPROVED, CLOSED);
      case APPROVED:
        return ImmutableSet.of(IN_CONSULTATION, AGREEMENT_SIGNED, CLOSED);
      case AGREEMENT_SIGNED:
        return ImmutableSet.of(IN_FORCE, CLOSED);
      case IN_FORCE:
        return ImmutableSet.of(CLOSED);
      case CLOSED:
      default:
        return ImmutableSet.of();
    }
  }

  public boolean canMoveTo(PlanStatus next) {
    return successors().contains(next);
  }
}
