package it.pianodizona.model.objective;

/** Unità di misura dell'indicatore: what an indicator's values count. */
public enum IndicatorUnit {
  /** Numero (n. di ...). */
  COUNT,
  /** Percentuale, 0 to 100. */
  PERCENTAGE,
  /** Euro. */
  EURO,
  /** Sì/no: something happened or not. */
  YES_NO,
  /** Documento: a report, regulation or protocol produced and approved. */
  DOCUMENT,
  /** Rapporto between two counts ("N. di realtà che conferiscono dati/N. di protocolli"). */
  RATIO
}
