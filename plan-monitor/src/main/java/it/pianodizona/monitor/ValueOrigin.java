package it.pianodizona.monitor;

/** Origine del valore: where the value an indicator was judged on comes from. */
public enum ValueOrigin {
  /** A measurement of the monitoring document. */
  MONITORING,
  /** A measurement already inside the plan. */
  PLAN,
  /** The sum of the yearly values so far, for counts whose target spans the plan period. */
  CUMULATIVE,
  /** Computed with the indicator's budget formula on the actual spending. */
  ACTUAL_SPENDING
}
