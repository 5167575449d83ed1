package it.pianodizona.monitor;

/** Tipo di rilievo sul monitoraggio: what is wrong with a monitoring document against its plan. */
public enum MonitoringFindingKind {
  /** The document's planId is not the plan's id. */
  PLAN_ID_MISMATCH,
  /** A monitored year lies outside the plan period; its data is not used. */
  YEAR_OUTSIDE_PLAN_PERIOD,
  /** The same year appears twice; the later entry is not used. */
  DUPLICATE_YEAR,
  /** A measurement names an indicator the plan does not have. */
  UNKNOWN_INDICATOR,
  /** A measurement is dated outside the year it is reported under. */
  MEASUREMENT_OUTSIDE_YEAR,
  /** Spending or staffing names an objective the plan does not have. */
  UNKNOWN_OBJECTIVE,
  /** A status names an action the plan does not have. */
  UNKNOWN_ACTION,
  /** The same action is reported twice in a year; the later status is not used. */
  DUPLICATE_ACTION_STATUS
}
