package it.pianodizona.rules.spi;

/**
 * Riferimenti normativi: the citations rules give as their legal or documentary basis, written
 * once so that a correction reaches every rule. Citations stay in Italian in every locale:
 * they name Italian acts.
 */
public final class Citations {

  /** The plan's internal consistency: the document contradicts itself. */
  public static final String PLAN_DOCUMENT = "Documento di piano (coerenza interna)";

  public static final String L328_ART19 = "L. 328/2000 art. 19";
  public static final String L328_ART19_C1 = "L. 328/2000 art. 19 c.1";
  public static final String L328_ART19_C1_A = "L. 328/2000 art. 19 c.1 lett. a";
  public static final String L328_ART19_C1_B = "L. 328/2000 art. 19 c.1 lett. b";
  public static final String L328_ART19_C1_G = "L. 328/2000 art. 19 c.1 lett. g";
  public static final String L328_ART19_C2 = "L. 328/2000 art. 19 c.2";
  public static final String L328_ART19_C3 = "L. 328/2000 art. 19 c.3";

  /** The districts (ambiti) the region determines among its municipalities. */
  public static final String L328_ART8_C3_A = "L. 328/2000 art. 8 c.3 lett. a";

  /** ISTAT's list of municipality codes and names, which plan-registry ships. */
  public static final String ISTAT_TERRITORIAL_UNITS =
      "ISTAT, Elenco dei codici e delle denominazioni delle unità territoriali";

  public static final String CTS_ART4 = "D.Lgs. 117/2017 (CTS) art. 4";
  public static final String CTS_ART4_C2 = "D.Lgs. 117/2017 (CTS) art. 4 c.2";
  public static final String CTS_ART46 = "D.Lgs. 117/2017 (CTS) art. 46";
  public static final String CTS_ART55 = "D.Lgs. 117/2017 (CTS) art. 55";

  public static final String LOMBARDIA_LR3_2008_ART18 = "l.r. Lombardia 3/2008 art. 18";
  public static final String LOMBARDIA_LR3_2008_ART18_C5 = "l.r. Lombardia 3/2008 art. 18 c.5";
  public static final String LOMBARDIA_LR3_2008_ART18_C7 = "l.r. Lombardia 3/2008 art. 18 c.7";
  public static final String PUGLIA_LR19_2006 = "L.R. Puglia 19/2006";
  public static final String PUGLIA_V_PIANO = "V Piano regionale delle politiche sociali 2022-2024 (Puglia)";
  public static final String EMILIA_ROMAGNA_LR2_2003 = "L.R. Emilia-Romagna 2/2003";

  /** LEPS of the professional social service: 1 social worker per 5,000 inhabitants, target 1:4,000. */
  public static final String L178_2020_C797 = "L. 178/2020 art. 1 c.797-802";
  public static final String PIANO_NAZIONALE_SOCIALE_2021_2023 =
      "Piano nazionale degli interventi e dei servizi sociali 2021-2023";
  public static final String L234_2021_C159 = "L. 234/2021 art. 1 c.159-171";
  // Appended for issue 16.
  /** National public holidays: L. 260/1949 art. 2 as amended (L. 54/1977, D.P.R. 792/1985, L. 336/2000). */
  public static final String L260_1949_HOLIDAYS =
      "L. 260/1949 art. 2 (festività nazionali) come modificata da L. 54/1977, D.P.R. 792/1985 e L. 336/2000";
  /** Social enterprises and social cooperatives, the only companies that are third-sector entities. */
  public static final String DLGS112_2017 = "D.Lgs. 112/2017 (impresa sociale) art. 1";

  private Citations() {}
}
