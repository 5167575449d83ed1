package it.pianodizona.model.territory;

/**
 * Forma giuridica: the civil-law form of an organisation as a document states it ("Fondazione",
 * "Associazione", "cooperativa sociale di tipo B", "S.r.l."), distinct from the third-sector
 * qualification it may hold ({@link ThirdSectorKind}): an association may be an ODV or an APS, a
 * company may be an impresa sociale.
 *
 * <p>The list follows the entities of the Codice del Terzo settore (D.Lgs. 117/2017 art. 4 c.1:
 * associations, foundations, social cooperatives, mutual aid societies and other private entities
 * "diversi dalle società"; c.3: religious entities civilly recognised), the companies of book V of
 * the civil code that can hold the qualification of impresa sociale only (D.Lgs. 112/2017 art. 1),
 * and the public forms that meet them in a zone plan (public bodies, special agencies and consortia
 * of municipalities, D.Lgs. 267/2000 artt. 31 and 114).
 */
public enum LegalForm {
  /** Associazione, riconosciuta o non riconosciuta (c.c. artt. 14-42): the usual form of ODV and APS. */
  ASSOCIATION(false),
  /** Fondazione (c.c. artt. 14-35), including foundations of banking origin. */
  FOUNDATION(false),
  /** Comitato (c.c. art. 39). */
  COMMITTEE(false),
  /** Cooperativa sociale (L. 381/1991), its type not stated. */
  SOCIAL_COOPERATIVE(false),
  /** Cooperativa sociale di tipo A: social, health and educational services (L. 381/1991 art. 1 c.1 lett. a). */
  SOCIAL_COOPERATIVE_TYPE_A(false),
  /** Cooperativa sociale di tipo B: work integration of disadvantaged people (L. 381/1991 art. 1 c.1 lett. b). */
  SOCIAL_COOPERATIVE_TYPE_B(false),
  /** Società cooperativa other than a social one (c.c. art. 2511): mutual, not for profit in the sense of this list. */
  COOPERATIVE(false),
  /** Consorzio: of social cooperatives (L. 381/1991 art. 8), of businesses (c.c. art. 2602) or of municipalities (D.Lgs. 267/2000 art. 31). */
  CONSORTIUM(false),
  /** Società di mutuo soccorso (L. 3818/1886). */
  MUTUAL_AID_SOCIETY(false),
  /** Ente ecclesiastico o religioso civilmente riconosciuto (CTS art. 4 c.3), e.g. a parish. */
  RELIGIOUS_ENTITY(false),
  /** Azienda speciale, also consortile, of local authorities (D.Lgs. 267/2000 art. 114), e.g. "a.s.c.". */
  SPECIAL_AGENCY(false),
  /** Ente pubblico / amministrazione pubblica (D.Lgs. 165/2001 art. 1 c.2). */
  PUBLIC_BODY(false),
  /** Società a responsabilità limitata, S.r.l. (c.c. art. 2462), simplified S.r.l.s. included. */
  LIMITED_COMPANY(true),
  /** Società per azioni, S.p.A. (c.c. art. 2325). */
  JOINT_STOCK_COMPANY(true),
  /** Società in accomandita per azioni, S.a.p.a. (c.c. art. 2452). */
  PARTNERSHIP_LIMITED_BY_SHARES(true),
  /** Società in nome collettivo, S.n.c. (c.c. art. 2291). */
  GENERAL_PARTNERSHIP(true),
  /** Società in accomandita semplice, S.a.s. (c.c. art. 2313). */
  LIMITED_PARTNERSHIP(true),
  /** Società semplice (c.c. art. 2251). */
  SIMPLE_PARTNERSHIP(true),
  /** A form the document states that none of the above names. */
  OTHER(false);

  private final boolean forProfitCompany;

  LegalForm(boolean forProfitCompany) {
    this.forProfitCompany = forProfitCompany;
  }

  /**
   * Società lucrativa: whether this is a company of book V of the civil code formed for profit
   * (capital companies and partnerships): such a company is not a third-sector entity (CTS art. 4
   * c.1, "diversi dalle società") unless it holds the qualification of impresa sociale (D.Lgs.
   * 112/2017 art. 1).
   */
  public boolean isForProfitCompany() {
    return forProfitCompany;
  }
}
