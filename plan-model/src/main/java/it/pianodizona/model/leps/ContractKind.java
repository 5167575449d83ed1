package it.pianodizona.model.leps;

/** Tipo di contratto: how the staff of the district's social service is employed. */
public enum ContractKind {
  /** Tempo indeterminato: the contract L. 178/2020 c.797 counts towards the level. */
  PERMANENT,
  /** Tempo determinato. */
  FIXED_TERM,
  /** Incarico libero-professionale or other self-employment. */
  SELF_EMPLOYED,
  /** Through a cooperative, an agency or a service contract. */
  OUTSOURCED,
  OTHER
}
