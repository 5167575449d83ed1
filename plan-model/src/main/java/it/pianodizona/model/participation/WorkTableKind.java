package it.pianodizona.model.participation;

/** Tipo di tavolo: the kind of a work table. */
public enum WorkTableKind {
  /** Tavolo tematico, by target group or theme. */
  THEMATIC,
  /** Plenaria / incontro aperto a tutti i soggetti. */
  PLENARY,
  /** Tavolo di co-programmazione, e.g. for Lombardia's reward funding (premialità). */
  CO_PROGRAMMING,
  /** Gruppo di lavoro tecnico or project group. */
  WORKING_GROUP
}
