package it.pianodizona.model.governance;

/** Esito dell'atto: what an act of the approval chain decided. */
public enum ApprovalOutcome {
  /** Approvato. */
  APPROVED,
  /** Adottato: the act that makes the plan final (conferenza di servizi, accordo di programma). */
  ADOPTED,
  /** Parere favorevole, also with conditions. */
  FAVOURABLE_OPINION,
  /** Preso d'atto: acknowledged without deciding. */
  ACKNOWLEDGED,
  /** Respinto, or an unfavourable opinion. */
  REJECTED
}
