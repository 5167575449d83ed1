package it.pianodizona.model.governance;

/** Tipo di organo: the kind of a governance body. */
public enum GovernanceBodyKind {
  /** Assemblea dei Sindaci (distrettuale): the decision body. */
  MAYORS_ASSEMBLY,
  /** Comitato ristretto / Coordinamento tecnico-politico. */
  STEERING_COMMITTEE,
  /** Ufficio di Piano. */
  PLANNING_OFFICE,
  /** Cabina di regia (with the health authority). */
  CONTROL_ROOM,
  /** Organismo di valutazione. */
  EVALUATION_BODY,
  /** Consiglio di amministrazione of the consortium company. */
  BOARD,
  /** Assemblea consortile of the consortium company. */
  CONSORTIUM_ASSEMBLY,
  /** Gruppo di lavoro / coordinamento tecnico. */
  WORKING_GROUP,
  /** Consiglio comunale: the council of one municipality, e.g. approving the plan in Puglia (schema 1.1). */
  TOWN_COUNCIL,
  /** Tavolo istituzionale or any other body. */
  OTHER
}
