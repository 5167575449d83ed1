package it.pianodizona.model.agreement;

/**
 * Strumento di adozione: the instrument by which the municipalities and the health authority
 * adopt the plan (schema 1.1).
 */
public enum AgreementInstrument {
  /** Accordo di programma (D.Lgs. 267/2000 art. 34; L. 328/2000 art. 19 c.2). */
  ACCORDO_DI_PROGRAMMA,
  /** Conferenza di servizi (L. 241/1990 art. 14), as in Puglia. */
  CONFERENZA_DI_SERVIZI,
  /** Another instrument, named in the agreement's title or notes. */
  OTHER
}
