package it.pianodizona.model.leps;

/**
 * Livello essenziale delle prestazioni sociali (LEPS): the codelist an action is tagged with,
 * each level with a stable id, its Italian and English titles and the act that names it.
 *
 * <p>{@link #essentialInNationalPlan()} marks the levels the Piano nazionale degli interventi e
 * dei servizi sociali 2021-2023 makes essential; which of them each region requires in a Piano
 * di Zona is still to be verified (*verify*, docs/MODEL.md).
 */
public enum Leps {
  /** Rafforzamento del servizio sociale professionale: 1 social worker per 5,000 inhabitants. */
  PROFESSIONAL_SOCIAL_SERVICE("Potenziamento del servizio sociale professionale",
      "Strengthening the professional social service",
      "L. 178/2020 c.797-802; Piano nazionale degli interventi e dei servizi sociali 2021-2023", true),
  EMERGENCY_SOCIAL_SERVICE("Pronto intervento sociale", "Emergency social service",
      "Piano nazionale degli interventi e dei servizi sociali 2021-2023; L. 234/2021 c.170", true),
  STAFF_SUPERVISION("Supervisione del personale dei servizi sociali", "Supervision of social-services staff",
      "Piano nazionale degli interventi e dei servizi sociali 2021-2023; L. 234/2021 c.170", true),
  PROTECTED_DISCHARGE("Dimissioni protette", "Protected discharge from hospital",
      "Piano nazionale degli interventi e dei servizi sociali 2021-2023; L. 234/2021 c.170", true),
  FAMILY_SEPARATION_PREVENTION("Prevenzione dell'allontanamento familiare (P.I.P.P.I.)",
      "Prevention of family separation (P.I.P.P.I.)",
      "Piano nazionale degli interventi e dei servizi sociali 2021-2023", true),
  NOTIONAL_RESIDENCE("Servizi per la residenza fittizia", "Services for notional residence (homeless people)",
      "Piano per gli interventi e i servizi sociali di contrasto alla povertà 2021-2023", false),
  INTEGRATED_ACCESS_POINT("Punto unico di accesso (PUA)", "Integrated access point (PUA)",
      "L. 234/2021 c.163", false),
  NON_SELF_SUFFICIENCY("Servizi per le persone anziane non autosufficienti",
      "Services for non-self-sufficient older people", "L. 234/2021 c.159-171", false);

  private final String italianTitle;
  private final String englishTitle;
  private final String citation;
  private final boolean essentialInNationalPlan;

  Leps(String italianTitle, String englishTitle, String citation, boolean essentialInNationalPlan) {
    this.italianTitle = italianTitle;
    this.englishTitle = englishTitle;
    this.citation = citation;
    this.essentialInNationalPlan = essentialInNationalPlan;
  }

  public String italianTitle() {
    return italianTitle;
  }

  public String englishTitle() {
    return englishTitle;
  }

  /** The act that names the level. */
  public String citation() {
    return citation;
  }

  /** Whether the Piano nazionale 2021-2023 lists the level among those it makes essential (*verify*). */
  public boolean essentialInNationalPlan() {
    return essentialInNationalPlan;
  }
}
