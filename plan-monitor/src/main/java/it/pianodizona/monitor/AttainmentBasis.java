package it.pianodizona.monitor;

/**
 * Criterio di giudizio: the rule that decided an {@link Attainment}, reported with it so that a
 * reader can check the judgement (each has an Italian and an English explanation).
 */
public enum AttainmentBasis {
  /** The value is within the target's bounds (at least the minimum, at most the maximum). */
  IN_RANGE,
  /** Below the lower bound, but at least half-way to it from the baseline (0 without one). */
  HALFWAY_TO_TARGET,
  /** Below the lower bound and less than half-way to it. */
  BELOW_RANGE,
  /** Above the upper bound of a range ("50-75"): over the plan, outside the target. */
  ABOVE_RANGE,
  /** Above an "at most" target. */
  ABOVE_MAXIMUM,
  /** A yes/no or document target done (1) by its deadline, or in the year. */
  ACHIEVED,
  /** A yes/no or document target done, but after its deadline. */
  ACHIEVED_LATE,
  /** A yes/no or document target measured as not done (0). */
  NOT_ACHIEVED,
  /** Due, and no measurement for it. */
  NO_MEASUREMENT,
  /** Due, computed on budget figures, and a figure behind it (actual spending, a base) unknown. */
  FORMULA_INCOMPLETE,
  /** Due after the as-of date, or judged only in the plan's last year. */
  DUE_LATER,
  /** The indicator has no target range. */
  NO_TARGET
}
