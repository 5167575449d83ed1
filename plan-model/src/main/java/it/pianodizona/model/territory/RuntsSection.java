package it.pianodizona.model.territory;

/**
 * Sezione del RUNTS: the section of the national third-sector register (CTS art. 46) an
 * entity is enrolled in.
 */
public enum RuntsSection {
  /** a) Organizzazioni di volontariato. */
  VOLUNTARY_ORGANISATIONS('a', "Organizzazioni di volontariato"),
  /** b) Associazioni di promozione sociale. */
  SOCIAL_PROMOTION_ASSOCIATIONS('b', "Associazioni di promozione sociale"),
  /** c) Enti filantropici. */
  PHILANTHROPIC_ENTITIES('c', "Enti filantropici"),
  /** d) Imprese sociali, incluse le cooperative sociali. */
  SOCIAL_ENTERPRISES('d', "Imprese sociali, incluse le cooperative sociali"),
  /** e) Reti associative. */
  ASSOCIATIVE_NETWORKS('e', "Reti associative"),
  /** f) Società di mutuo soccorso. */
  MUTUAL_AID_SOCIETIES('f', "Società di mutuo soccorso"),
  /** g) Altri enti del Terzo settore. */
  OTHER_ENTITIES('g', "Altri enti del Terzo settore");

  private final char letter;
  private final String italianName;

  RuntsSection(char letter, String italianName) {
    this.letter = letter;
    this.italianName = italianName;
  }

  /** The letter of CTS art. 46 c.1, {@code a} to {@code g}. */
  public char letter() {
    return letter;
  }

  public String italianName() {
    return italianName;
  }
}
