package it.pianodizona.monitor;

/** Grado di raggiungimento: how far an indicator, or an objective, reached its target in a year. */
public enum Attainment {
  /** Raggiunto. */
  MET,
  /** Parzialmente raggiunto: half-way or more, out of range above, or achieved late. */
  PARTLY_MET,
  /** Non raggiunto. */
  NOT_MET,
  /** Dato mancante: due, but nothing measured. */
  NO_DATA,
  /** Non ancora dovuto as of the as-of date, or judged in a later year. */
  NOT_YET_DUE,
  /** Senza target: the plan gives the indicator no target range; values are shown, not judged. */
  NO_TARGET;

  /** Whether this outcome counts against "everything due is met". */
  public boolean isShortfall() {
    return this == PARTLY_MET || this == NOT_MET || this == NO_DATA;
  }
}
