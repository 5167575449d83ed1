package it.pianodizona.model.territory;

/** Ruolo: the office a person holds in the plan's process (schema 1.1). */
public enum OfficialRole {
  /** Sindaco. */
  MAYOR,
  /** Assessore, e.g. "Assessore alle politiche sociali", "Assessore al Welfare". */
  COUNCILLOR,
  /** Presidente of a body, e.g. "presidente dell'assemblea consortile". */
  CHAIR,
  /** Responsabile (coordinatore) dell'Ufficio di Piano. */
  PLANNING_OFFICE_HEAD,
  /** Direttore, e.g. of a consortium company. */
  DIRECTOR,
  /** Referente / contatto: whom to contact, e.g. about a call. */
  CONTACT,
  /** Any other office; say which in the role's own words. */
  OTHER
}
