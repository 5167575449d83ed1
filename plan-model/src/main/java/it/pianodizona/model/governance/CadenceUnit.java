package it.pianodizona.model.governance;

/** Unità di periodicità. */
public enum CadenceUnit {
  WEEK,
  MONTH,
  QUARTER,
  YEAR
}
