package it.pianodizona.model.objective;

/** Periodicità del target: whether a target applies per year or to the whole plan period. */
public enum TargetRecurrence {
  /** "all'anno": every year. */
  PER_YEAR,
  /** "nel triennio": over the plan period. */
  PER_PLAN_PERIOD
}
