package it.pianodizona.rules;

/** Famiglia di regole: the area of the plan a rule checks, one package per family. */
public enum RuleFamily {
  /** Scadenze e cronoprogramma: calls, meetings, phases, milestones, the regional cycle. */
  DEADLINES,
  /** Ammissibilità: who may sign and who may adhere to the programme agreement. */
  ELIGIBILITY,
  /** Coerenza del budget: sums, shares, targets on budget figures. */
  BUDGET,
  /** Governance: composition of bodies and the decision body. */
  GOVERNANCE,
  /** Indicatori: targets, units and measurements of the objectives' indicators. */
  INDICATORS,
  /** Integrità: unique ids, resolvable references, declared counts, required elements. */
  INTEGRITY,
  /** Territorio: the district's municipalities against ISTAT's list (codes, names, region, duplicates). */
  TERRITORY,
  /** LEPS: the essential levels of social services (staffing of the social service, levels the plan's actions provide). */
  LEPS,
  /** Motore: findings the engine itself produces, such as a rule that failed. */
  ENGINE
}
