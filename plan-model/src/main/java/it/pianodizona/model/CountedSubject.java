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
  GOVERNANCE_LEVELS,
  /**
   * Partecipanti: people who took part ("249 partecipanti"), of a participant kind where the
   * count names one ("120 cittadini") (schema 1.1).
   */
  PARTICIPANTS,
  /** Organizzazioni partecipanti: "36 enti del terzo settore" (schema 1.1). */
  ORGANISATIONS,
  /** Incontri: "12 incontri" of the whole process, of a table or of a phase (schema 1.1). */
  MEETINGS,
  /** Ore di lavoro: "27 ore" of meetings (schema 1.1). */
  HOURS
}
