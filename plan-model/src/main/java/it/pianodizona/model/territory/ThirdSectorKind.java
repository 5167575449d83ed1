package it.pianodizona.model.territory;

/**
 * Tipologia di ente del Terzo Settore: the kinds listed in CTS art. 4 c.1, each with the
 * RUNTS section it is normally enrolled in.
 */
public enum ThirdSectorKind {
  /** ODV, organizzazione di volontariato. */
  VOLUNTARY_ORGANISATION(RuntsSection.VOLUNTARY_ORGANISATIONS),
  /** APS, associazione di promozione sociale. */
  SOCIAL_PROMOTION_ASSOCIATION(RuntsSection.SOCIAL_PROMOTION_ASSOCIATIONS),
  /** Ente filantropico. */
  PHILANTHROPIC_ENTITY(RuntsSection.PHILANTHROPIC_ENTITIES),
  /** Impresa sociale. */
  SOCIAL_ENTERPRISE(RuntsSection.SOCIAL_ENTERPRISES),
  /** Cooperativa sociale (an impresa sociale by law). */
  SOCIAL_COOPERATIVE(RuntsSection.SOCIAL_ENTERPRISES),
  /** Rete associativa. */
  ASSOCIATIVE_NETWORK(RuntsSection.ASSOCIATIVE_NETWORKS),
  /** Società di mutuo soccorso. */
  MUTUAL_AID_SOCIETY(RuntsSection.MUTUAL_AID_SOCIETIES),
  /** Altro ente: associations, foundations and other private non-profit entities. */
  OTHER_ENTITY(RuntsSection.OTHER_ENTITIES);

  private final RuntsSection expectedSection;

  ThirdSectorKind(RuntsSection expectedSection) {
    this.expectedSection = expectedSection;
  }

  /** The RUNTS section an entity of this kind is enrolled in. */
  public RuntsSection expectedSection() {
    return expectedSection;
  }
}
