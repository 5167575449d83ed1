package it.pianodizona.model.monitoring;

/** Stato di attuazione: where an action of the plan stands at the end of a monitored year. */
public enum ActionProgress {
  /** Non avviata. */
  NOT_STARTED,
  /** In corso. */
  UNDER_WAY,
  /** Realizzata. */
  DONE,
  /** Abbandonata: dropped, with the reason in the note. */
  DROPPED
}
