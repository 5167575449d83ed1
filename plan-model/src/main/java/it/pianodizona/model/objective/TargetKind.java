package it.pianodizona.model.objective;

/** Forma del range di valutazione: how a target is stated. */
public enum TargetKind {
  /** "almeno n. 3": min only. */
  AT_LEAST,
  /** "fino a": max only. */
  AT_MOST,
  /** "50-75%", "da 4/8": min and max. */
  BETWEEN,
  /** "100%", "n. 8 all'anno": one value, held as min. */
  EXACTLY,
  /** "4 of 8": min is k, outOf is n. */
  K_OF_N,
  /** A yes/no or document target: done (by the deadline, if any). */
  ACHIEVED
}
