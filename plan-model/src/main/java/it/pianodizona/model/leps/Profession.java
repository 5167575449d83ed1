package it.pianodizona.model.leps;

/** Profilo professionale: the profession of staff of the district's social service. */
public enum Profession {
  /** Assistente sociale: the profession the LEPS of L. 178/2020 c.797 counts. */
  SOCIAL_WORKER,
  /** Educatore professionale. */
  EDUCATOR,
  /** Psicologo. */
  PSYCHOLOGIST,
  /** Operatore socio-sanitario (OSS). */
  SOCIAL_CARE_WORKER,
  /** Amministrativo. */
  ADMINISTRATIVE,
  OTHER
}
