package it.pianodizona.overview;

/** Stato dell'accordo di programma of a plan, as of the overview's date. */
public enum AgreementState {
  /** The plan records no programme agreement. */
  NONE,
  /** An agreement without a signature date, whose regional deadline (if any) has not passed. */
  UNSIGNED,
  /** An agreement without a signature date after its regional signature deadline: late. */
  OVERDUE,
  /** Signed: the agreement has a signature date. */
  SIGNED
}
