package it.pianodizona.model.participation;

/** Tipo di avviso: what a participation call invites to. */
public enum CallKind {
  /** Manifestazione d'interesse a partecipare alla costruzione del piano. */
  EXPRESSION_OF_INTEREST,
  /** Avviso di co-programmazione (CTS art. 55 c.2). */
  CO_PROGRAMMING,
  /** Avviso di co-progettazione (CTS art. 55 c.3). */
  CO_DESIGN,
  OTHER
}
