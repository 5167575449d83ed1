package it.pianodizona.model.territory;

/**
 * Regione: the Italian region (or autonomous province) whose law frames the plan, with its
 * ISTAT code. The region picks the regional rule profile.
 *
 * <p>Trento and Bolzano legislate on social services as autonomous provinces, so they appear
 * here in place of Trentino-Alto Adige.
 */
public enum Region {
  PIEMONTE("01", "Piemonte"),
  VALLE_D_AOSTA("02", "Valle d'Aosta"),
  LOMBARDIA("03", "Lombardia"),
  VENETO("05", "Veneto"),
  FRIULI_VENEZIA_GIULIA("06", "Friuli-Venezia Giulia"),
  LIGURIA("07", "Liguria"),
  EMILIA_ROMAGNA("08", "Emilia-Romagna"),
  TOSCANA("09", "Toscana"),
  UMBRIA("10", "Umbria"),
  MARCHE("11", "Marche"),
  LAZIO("12", "Lazio"),
  ABRUZZO("13", "Abruzzo"),
  MOLISE("14", "Molise"),
  CAMPANIA("15", "Campania"),
  PUGLIA("16", "Puglia"),
  BASILICATA("17", "Basilicata"),
  CALABRIA("18", "Calabria"),
  SICILIA("19", "Sicilia"),
  SARDEGNA("20", "Sardegna"),
  PROVINCIA_AUTONOMA_BOLZANO("21", "Provincia autonoma di Bolzano"),
  PROVINCIA_AUTONOMA_TRENTO("22", "Provincia autonoma di Trento");

  private final String istatCode;
  private final String italianName;

  Region(String istatCode, String italianName) {
    this.istatCode = istatCode;
    this.italianName = italianName;
  }

  /** The two-digit ISTAT code of the region or autonomous province. */
  public String istatCode() {
    return istatCode;
  }

  public String italianName() {
    return italianName;
  }
}
