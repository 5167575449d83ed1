package it.pianodizona.model.governance;

/** Criterio di composizione: what a seat rule counts seats by. */
public enum SeatBasis {
  /** "1 referente per ognuno dei 6 sub ambiti": seats for each sub-district. */
  PER_SUB_DISTRICT,
  /** "tutti i Sindaci": seats for each member municipality. */
  PER_MUNICIPALITY,
  /** "1 componente per la cooperazione sociale": seats for a kind of organisation. */
  PER_ORGANISATION_KIND,
  /** "il presidente": the chair. */
  CHAIR,
  /** "il vicepresidente". */
  VICE_CHAIR,
  /** A fixed number of seats held by a named role, e.g. "l'Assessore del Comune di Crema". */
  NAMED_ROLE
}
