package it.pianodizona.model.governance;

/** Tipo di atto di approvazione: the kind of act by which a body or party took a step of the plan's approval. */
public enum ApprovalActKind {
  /** Deliberazione: of a council, a board, an assembly or a Coordinamento istituzionale. */
  DELIBERATION,
  /** Parere regionale: the region's opinion on the plan (e.g. Puglia's parere di congruità). */
  REGIONAL_OPINION,
  /** Conferenza di servizi (L. 241/1990 art. 14): where the plan is adopted in Puglia. */
  CONFERENZA_DI_SERVIZI,
  /** Accordo di programma (D.Lgs. 267/2000 art. 34): the agreement that adopts the plan. */
  ACCORDO_DI_PROGRAMMA,
  /** Determinazione dirigenziale: an act of an official. */
  DETERMINATION,
  /** Another act, named in the approval's own words. */
  OTHER
}
