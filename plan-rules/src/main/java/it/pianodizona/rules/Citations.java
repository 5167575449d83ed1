package it.pianodizona.rules;

/**
 * Riferimenti normativi: moved to {@link it.pianodizona.rules.spi.Citations}.
 *
 * @deprecated since 0.1.0, use {@link it.pianodizona.rules.spi.Citations}; this class will be
 *     removed in 1.0.
 */
@Deprecated(since = "0.1.0", forRemoval = true)
public final class Citations {

  public static final String PLAN_DOCUMENT = it.pianodizona.rules.spi.Citations.PLAN_DOCUMENT;
  public static final String L328_ART19 = it.pianodizona.rules.spi.Citations.L328_ART19;
  public static final String L328_ART19_C1 = it.pianodizona.rules.spi.Citations.L328_ART19_C1;
  public static final String L328_ART19_C1_A = it.pianodizona.rules.spi.Citations.L328_ART19_C1_A;
  public static final String L328_ART19_C1_B = it.pianodizona.rules.spi.Citations.L328_ART19_C1_B;
  public static final String L328_ART19_C1_G = it.pianodizona.rules.spi.Citations.L328_ART19_C1_G;
  public static final String L328_ART19_C2 = it.pianodizona.rules.spi.Citations.L328_ART19_C2;
  public static final String L328_ART19_C3 = it.pianodizona.rules.spi.Citations.L328_ART19_C3;
  public static final String CTS_ART4 = it.pianodizona.rules.spi.Citations.CTS_ART4;
  public static final String CTS_ART4_C2 = it.pianodizona.rules.spi.Citations.CTS_ART4_C2;
  public static final String CTS_ART46 = it.pianodizona.rules.spi.Citations.CTS_ART46;
  public static final String CTS_ART55 = it.pianodizona.rules.spi.Citations.CTS_ART55;
  public static final String LOMBARDIA_LR3_2008_ART18 = it.pianodizona.rules.spi.Citations.LOMBARDIA_LR3_2008_ART18;
  public static final String LOMBARDIA_LR3_2008_ART18_C5 = it.pianodizona.rules.spi.Citations.LOMBARDIA_LR3_2008_ART18_C5;
  public static final String LOMBARDIA_LR3_2008_ART18_C7 = it.pianodizona.rules.spi.Citations.LOMBARDIA_LR3_2008_ART18_C7;
  public static final String PUGLIA_LR19_2006 = it.pianodizona.rules.spi.Citations.PUGLIA_LR19_2006;
  public static final String PUGLIA_V_PIANO = it.pianodizona.rules.spi.Citations.PUGLIA_V_PIANO;
  public static final String EMILIA_ROMAGNA_LR2_2003 = it.pianodizona.rules.spi.Citations.EMILIA_ROMAGNA_LR2_2003;

  private Citations() {}
}
