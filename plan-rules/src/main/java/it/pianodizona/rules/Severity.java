package it.pianodizona.rules;

/** Gravità: how serious a finding is. */
public enum Severity {
  /** Errore: the plan contradicts the law or itself; a reviewer would send it back. */
  ERROR,
  /** Avvertimento: probably wrong or missing; a reviewer would ask. */
  WARNING,
  /** Informazione: worth a look, not a defect by itself. */
  INFO
}
