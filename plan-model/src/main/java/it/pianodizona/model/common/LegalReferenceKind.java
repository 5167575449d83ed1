package it.pianodizona.model.common;

/** Tipo di atto: the kind of legal or administrative act a reference points to. */
public enum LegalReferenceKind {
  /** Legge statale, e.g. L. 328/2000. */
  NATIONAL_LAW,
  /** Decreto legislativo, e.g. D.Lgs. 117/2017 (Codice del Terzo Settore). */
  LEGISLATIVE_DECREE,
  /** Decreto ministeriale o del Presidente del Consiglio, e.g. DM 72/2021, DPCM 159/2013. */
  DECREE,
  /** Legge regionale, e.g. l.r. 3/2008. */
  REGIONAL_LAW,
  /** Delibera di Giunta regionale (DGR). */
  REGIONAL_RESOLUTION,
  /** Piano regionale, e.g. V Piano regionale delle politiche sociali 2022-2024. */
  REGIONAL_PLAN,
  /** Linee guida o di indirizzo. */
  GUIDELINES,
  /** Delibera di un ente locale o consortile, e.g. delibera del CdA. */
  LOCAL_RESOLUTION,
  /** Any other act. */
  OTHER
}
