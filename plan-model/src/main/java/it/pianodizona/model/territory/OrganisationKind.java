package it.pianodizona.model.territory;

/**
 * Tipo di soggetto: what kind of body an organisation is. Eligibility rules depend on it:
 * public bodies sign the programme agreement, third-sector entities may adhere, and the kinds
 * that CTS art. 4 c.2 excludes from the third sector may do neither as such.
 */
public enum OrganisationKind {
  /** Comune. */
  MUNICIPALITY(true, true),
  /** ATS / ASL / Azienda USL: the health authority that signs the agreement. */
  HEALTH_AUTHORITY(true, true),
  /** ASST or hospital trust (Azienda ospedaliera). */
  HEALTHCARE_TRUST(true, true),
  /** Provincia. */
  PROVINCE(true, true),
  /** Regione. */
  REGION(true, true),
  /**
   * Azienda speciale consortile, consorzio or unione of municipalities, e.g. Comunità Sociale
   * Cremasca: a public body formed by municipalities (TUEL, D.Lgs. 267/2000 artt. 31-32, 114).
   */
  CONSORTIUM_COMPANY(true, true),
  /** Any other public administration: courts, prisons, state offices, public agencies. */
  PUBLIC_ADMINISTRATION(true, true),
  /** Istituto scolastico. */
  SCHOOL(false, false),
  /** Ente di formazione professionale. */
  TRAINING_BODY(false, false),
  /** Università o ente di ricerca. */
  UNIVERSITY(false, false),
  /** Parrocchia. */
  PARISH(false, false),
  /** Diocesi. */
  DIOCESE(false, false),
  /** Ente del Terzo Settore (CTS art. 4 c.1), see {@link ThirdSectorKind} and {@link RuntsSection}. */
  THIRD_SECTOR(false, false),
  /** Fondazione not enrolled as a third-sector entity, e.g. a banking foundation. */
  FOUNDATION(false, false),
  /** Organizzazione sindacale: excluded from the third sector by CTS art. 4 c.2. */
  TRADE_UNION(false, true),
  /** Associazione professionale o di categoria: excluded by CTS art. 4 c.2. */
  PROFESSIONAL_ASSOCIATION(false, true),
  /** Associazione datoriale: excluded by CTS art. 4 c.2. */
  EMPLOYER_ASSOCIATION(false, true),
  /** Partito o formazione politica: excluded by CTS art. 4 c.2. */
  POLITICAL_PARTY(false, true),
  /** Impresa profit. */
  COMPANY(false, false),
  /** Gruppo informale, comitato di cittadini. */
  INFORMAL_GROUP(false, false),
  /**
   * Cittadini singoli: individual citizens, who take part in the process and may be admitted by a
   * call ("cittadini singoli e associati", L.R. Puglia 19/2006 art. 4) (schema 1.1).
   */
  CITIZEN(false, false),
  /** Associazione familiare: a family association, as calls and participation figures name them (schema 1.1). */
  FAMILY_ASSOCIATION(false, false),
  /** Anything else; describe it in the organisation's notes. */
  OTHER(false, false);

  private final boolean publicBody;
  private final boolean excludedFromThirdSector;

  OrganisationKind(boolean publicBody, boolean excludedFromThirdSector) {
    this.publicBody = publicBody;
    this.excludedFromThirdSector = excludedFromThirdSector;
  }

  /** Whether bodies of this kind are public administrations, which sign rather than adhere. */
  public boolean isPublicBody() {
    return publicBody;
  }

  /**
   * Whether a body of this kind is also of the {@code general} kind, so that a call or a seat
   * open to "enti pubblici" admits a municipality, a province, a health authority, a healthcare
   * trust (ASST), a consortium or union of municipalities: every public body is a
   * {@link #PUBLIC_ADMINISTRATION} (D.Lgs. 165/2001 art. 1 c.2). The hierarchy lives here once, so
   * that every eligibility rule reads it the same way.
   */
  public boolean isA(OrganisationKind general) {
    return this == general || (general == PUBLIC_ADMINISTRATION && publicBody);
  }

  /** Whether a body of this kind is of one of these kinds, in the sense of {@link #isA}. */
  public boolean isAnyOf(Iterable<OrganisationKind> kinds) {
    for (OrganisationKind kind : kinds) {
      if (isA(kind)) {
        return true;
      }
    }
    return false;
  }

  /** Whether CTS art. 4 c.2 says bodies of this kind are not third-sector entities. */
  public boolean isExcludedFromThirdSector() {
    return excludedFromThirdSector;
  }
}
