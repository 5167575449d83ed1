package it.pianodizona.model.governance;

/** Funzione dell'organo: what a governance body may do. */
public enum Power {
  /** Decide: adopts the plan, formulates guidelines. */
  DECIDES,
  /** Propone. */
  PROPOSES,
  /** Gestisce. */
  MANAGES,
  /** Valuta. */
  EVALUATES,
  /** Coordina / raccorda. */
  COORDINATES,
  /** Monitora. */
  MONITORS,
  /** Esprime pareri / consulta. */
  ADVISES
}
