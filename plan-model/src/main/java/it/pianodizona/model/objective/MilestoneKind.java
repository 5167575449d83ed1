package it.pianodizona.model.objective;

/** Tipo di scadenza: whether a milestone is due by a date or starts from it. */
public enum MilestoneKind {
  /** "entro ...": to be reached by the date. */
  DEADLINE,
  /** "a partire da ...", "dal ...": to start from the date. */
  START
}
