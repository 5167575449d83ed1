package it.pianodizona.model.participation;

/** Tipo di allegato: what an annex of a call is for. */
public enum AnnexKind {
  /** Fac-simile di domanda / manifestazione d'interesse. */
  APPLICATION_FORM,
  /** Scheda di rilevazione: a survey form feeding the needs analysis. */
  SURVEY_FORM,
  OTHER
}
