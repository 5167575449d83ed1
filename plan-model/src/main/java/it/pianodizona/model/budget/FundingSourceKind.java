package it.pianodizona.model.budget;

/** Fonte di finanziamento: the fund a budget line draws on. The list is open through OTHER. */
public enum FundingSourceKind {
  /** Fondo Nazionale Politiche Sociali. */
  FNPS,
  /** Fondo Non Autosufficienze. */
  FNA,
  /** Fondo Povertà. */
  POVERTY_FUND,
  /** Fondo sociale regionale (e.g. Lombardia FSR, Emilia-Romagna Fondo sociale regionale). */
  REGIONAL_FUND,
  /** Risorse comunali, including municipal solidarity funds. */
  MUNICIPAL_FUNDS,
  /** Risorse dell'ATS/ASL/AUSL. */
  HEALTH_AUTHORITY_FUNDS,
  /** Fondi europei. */
  EUROPEAN_FUNDS,
  /** Fondazioni e privati, e.g. Fondazione Cariplo. */
  PRIVATE_FUNDS,
  /**
   * Premialità: regional reward funds granted to the district for a result, e.g. co-programming
   * with the third sector; the criterion goes in {@link FundingSource#criterion()} (schema 1.1).
   */
  REWARD_FUNDING,
  /** Any other source; say which in the label. */
  OTHER
}
