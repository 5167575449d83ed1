package it.pianodizona.model;

/** Oggetto del conteggio: what a count declared by a document counts. */
public enum CountedSubject {
  /** "27 comuni". */
  MUNICIPALITIES,
  /** "2 sub ambiti", "6 sub ambiti attivi". */
  SUB_DISTRICTS,
  /** "3 tipologie di target". */
  TARGET_GROUPS,
  /** "5 aree di policy". */
  POLICY_AREAS,
  /** "sette aree strategiche". */
  STRATEGIC_AREAS,
  /** "34 obiettivi" of a regional plan. */
  REGIONAL_OBJECTIVES,
  /** Objectives of the plan itself. */
  OBJECTIVES,
  /** "3 tipologie di tavoli", "tre tavoli". */
  WORK_TABLES,
  /** "2 volte in plenaria", "3 importanti occasioni di incontro aperto". */
  PLENARY_MEETINGS,
  /** "2 volte per ognuno dei tre tavoli tematici". */
  MEETINGS_PER_TABLE,
  /** "quattro livelli di governance". */
  GOVERNANCE_LEVELS
}
