package it.pianodizona.io;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Etichette degli elementi del piano: the name a person reads for the element a JSON Pointer
 * of the plan's JSON form designates, in Italian and in English — {@code /objectives/6/indicators/1/target}
 * is "Obiettivo 7 › Indicatore 2 › valore atteso" and "Objective 7 › Indicator 2 › target".
 *
 * <p>Items of lists are counted from 1, as the documents and the rules' messages count them;
 * the pointer stays the exact address, the label is for reading beside it. A name this class does
 * not know (a newer format, a typo) is shown as it is rather than hidden. Thread-safe, no state.
 */
public final class PlanLabels {

  /** The separator between the steps of a label, as breadcrumbs show it. */
  public static final String SEPARATOR = " › ";

  /** Lists: the Italian plural, then the Italian and English name of one item. */
  private static final ImmutableMap<String, String[]> LISTS = ImmutableMap.<String, String[]>builder()
      .put("actions", names("azioni", "Azione", "Action"))
      .put("actionsDone", names("azioni svolte", "Azione svolta", "Action done"))
      .put("adherents", names("aderenti", "Aderente", "Adherent"))
      .put("annexes", names("allegati", "Allegato", "Annex"))
      .put("annualOperatingPlans", names("piani operativi annuali", "Piano operativo annuale", "Annual operating plan"))
      .put("calls", names("avvisi", "Avviso", "Call"))
      .put("columns", names("colonne", "Colonna", "Column"))
      .put("declaredCounts", names("conteggi dichiarati", "Conteggio dichiarato", "Declared count"))
      .put("declaredShares", names("quote dichiarate", "Quota dichiarata", "Declared share"))
      .put("declaredTotals", names("totali dichiarati", "Totale dichiarato", "Declared total"))
      .put("districtSocialSpending", names("spesa sociale distrettuale", "Spesa sociale distrettuale", "District social spending"))
      .put("eligibleApplicantKinds", names("soggetti ammessi", "Soggetto ammesso", "Eligible applicant kind"))
      .put("expressionsOfInterest", names("manifestazioni d'interesse", "Manifestazione d'interesse", "Expression of interest"))
      .put("frameworkReferences", names("riferimenti al quadro regionale", "Riferimento al quadro regionale", "Framework reference"))
      .put("governanceBodies", names("organi di governo", "Organo di governo", "Governance body"))
      .put("indicators", names("indicatori", "Indicatore", "Indicator"))
      .put("interventions", names("interventi", "Intervento", "Intervention"))
      .put("legalBasis", names("basi normative", "Base normativa", "Legal basis"))
      .put("lines", names("voci di budget", "Voce di budget", "Budget line"))
      .put("measurements", names("misurazioni", "Misurazione", "Measurement"))
      .put("meetings", names("incontri", "Incontro", "Meeting"))
      .put("members", names("componenti", "Componente", "Member"))
      .put("milestones", names("scadenze", "Scadenza", "Milestone"))
      .put("municipalities", names("comuni", "Comune", "Municipality"))
      .put("objectives", names("obiettivi", "Obiettivo", "Objective"))
      .put("organisations", names("organizzazioni", "Organizzazione", "Organisation"))
      .put("participantIds", names("partecipanti", "Partecipante", "Participant"))
      .put("phases", names("fasi", "Fase", "Phase"))
      .put("policyAreaIds", names("aree di policy", "Area di policy", "Policy area"))
      .put("policyAreas", names("aree di policy", "Area di policy", "Policy area"))
      .put("powers", names("competenze", "Competenza", "Power"))
      .put("previousPlanOutcomes", names("esiti del piano precedente", "Esito del piano precedente", "Previous plan outcome"))
      .put("referents", names("referenti", "Referente", "Referent"))
      .put("results", names("risultati", "Risultato", "Result"))
      .put("rows", names("righe", "Riga", "Row"))
      .put("seatRules", names("regole di composizione", "Regola di composizione", "Seat rule"))
      .put("signatories", names("sottoscrittori", "Sottoscrittore", "Signatory"))
      .put("sources", names("fonti", "Fonte", "Source"))
      .put("strategicAreaIds", names("aree strategiche", "Area strategica", "Strategic area"))
      .put("strategicAreas", names("aree strategiche", "Area strategica", "Strategic area"))
      .put("subDistricts", names("sub ambiti", "Sub ambito", "Sub-district"))
      .put("targetGroupIds", names("aree target", "Area target", "Target group"))
      .put("targetGroups", names("aree target", "Area target", "Target group"))
      .put("tools", names("strumenti", "Strumento", "Tool"))
      .put("workTableIds", names("tavoli", "Tavolo", "Work table"))
      .put("workTables", names("tavoli", "Tavolo", "Work table"))
      // schema 1.1 (issue 17)
      .put("approvals", names("iter di approvazione", "Atto di approvazione", "Approval"))
      .put("periodLines", names("voci per l'intero periodo", "Voce per l'intero periodo", "Period line"))
      .put("periodTotals", names("totali per l'intero periodo", "Totale per l'intero periodo", "Period total"))
      .put("officials", names("referenti istituzionali e contatti", "Referente", "Official"))
      .build();

  /** Other fields: the Italian name; the English one is the JSON name in words, unless given. */
  private static final ImmutableMap<String, String[]> FIELDS = ImmutableMap.<String, String[]>builder()
      .put("actuals", names("consuntivo", "actuals"))
      .put("adheredOn", names("data di adesione"))
      .put("adoptedOn", names("data di adozione"))
      .put("adoptingAct", names("atto di adozione"))
      .put("adoptsPlanId", names("piano adottato"))
      .put("agreement", names("accordo di programma", "programme agreement"))
      .put("amount", names("importo"))
      .put("article", names("articolo"))
      .put("base", names("base di calcolo"))
      .put("baseline", names("valore di partenza"))
      .put("basis", names("fondamento"))
      .put("budget", names("risorse"))
      .put("cadence", names("cadenza"))
      .put("callId", names("avviso", "call"))
      .put("category", names("categoria"))
      .put("citation", names("citazione"))
      .put("code", names("codice"))
      .put("columnId", names("colonna", "column"))
      .put("coordinatorId", names("coordinatore", "coordinator"))
      .put("date", names("data"))
      .put("deadline", names("scadenza"))
      .put("decimals", names("decimali"))
      .put("description", names("descrizione"))
      .put("district", names("ambito", "district"))
      .put("document", names("documento"))
      .put("due", names("scadenza", "due date"))
      .put("eligibleApplicantsStatedAs", names("soggetti ammessi (testo del documento)", "eligible applicants as stated"))
      .put("end", names("fine"))
      .put("endDate", names("data di fine"))
      .put("evaluationMethod", names("metodo di valutazione"))
      .put("formula", names("formula"))
      .put("from", names("dal"))
      .put("fundingSource", names("fonte di finanziamento"))
      .put("governanceBodyId", names("organo di governo", "governance body"))
      .put("healthAuthorityId", names("ATS/ASL", "health authority"))
      .put("id", names("identificativo"))
      .put("integration", names("integrazione"))
      .put("issuerId", names("ente emittente", "issuer"))
      .put("istatCode", names("codice ISTAT", "ISTAT code"))
      .put("item", names("voce"))
      .put("kind", names("tipo"))
      .put("label", names("etichetta"))
      .put("leadMunicipalityId", names("comune capofila", "lead municipality"))
      .put("leadPartyId", names("soggetto capofila", "lead party"))
      .put("legalForm", names("forma giuridica", "legal form"))
      .put("legalFormStatedAs", names("forma giuridica come scritta", "legal form as stated"))
      .put("locator", names("collocazione nel documento", "locator"))
      .put("matrixCell", names("cella della matrice"))
      .put("max", names("massimo", "maximum"))
      .put("min", names("minimo", "minimum"))
      .put("mode", names("modalità"))
      .put("municipalityId", names("comune", "municipality"))
      .put("name", names("nome"))
      // Schema 1.1 (issue 15): population, social-service staff, LEPS tags.
      .put("asOf", names("alla data", "as of"))
      .put("contractKind", names("tipo di contratto", "contract kind"))
      .put("fullTimeEquivalents", names("equivalenti a tempo pieno", "full-time equivalents"))
      .put("inhabitants", names("abitanti", "inhabitants"))
      .put("leps", names("LEPS", "essential levels (LEPS)"))
      .put("population", names("popolazione", "population"))
      .put("profession", names("profilo professionale", "profession"))
      .put("referenceDate", names("data di riferimento", "reference date"))
      .put("socialServiceStaff", names("dotazione del servizio sociale", "social service staff"))
      .put("source", names("fonte", "source"))
      .put("notes", names("note"))
      .put("numeratorObjectiveId", names("obiettivo al numeratore", "numerator objective"))
      .put("objectiveId", names("obiettivo", "objective"))
      .put("organisationKind", names("tipo di organizzazione"))
      .put("outOf", names("su un totale di", "out of"))
      .put("participation", names("partecipazione"))
      .put("partyId", names("soggetto", "party"))
      .put("per", names("per"))
      .put("period", names("periodo"))
      .put("personName", names("nome della persona"))
      .put("phaseId", names("fase", "phase"))
      .put("place", names("luogo"))
      .put("planId", names("piano", "plan"))
      .put("policyFramework", names("quadro di riferimento"))
      .put("predecessor", names("piano precedente"))
      .put("priorityArea", names("area prioritaria"))
      .put("priorityMatrix", names("matrice delle priorità"))
      .put("protocolNumber", names("numero di protocollo"))
      .put("publicationDate", names("data di pubblicazione"))
      .put("purpose", names("finalità"))
      .put("quote", names("citazione testuale"))
      .put("rationale", names("motivazione"))
      .put("receivedOn", names("data di ricevimento"))
      .put("recurrence", names("ricorrenza"))
      .put("region", names("regione"))
      .put("regionalSignatureDeadline", names("termine regionale di sottoscrizione"))
      .put("requestedOn", names("data della richiesta"))
      .put("resources", names("risorse"))
      .put("rewardFunding", names("premialità"))
      .put("role", names("ruolo"))
      .put("rowId", names("riga", "row"))
      .put("runtsSection", names("sezione RUNTS", "RUNTS section"))
      .put("scheduledFor", names("programmata per"))
      .put("$schema", names("schema JSON", "JSON schema"))
      .put("schemaVersion", names("versione del formato"))
      .put("scopeId", names("ambito di applicazione", "scope"))
      .put("seatRuleId", names("regola di composizione", "seat rule"))
      .put("seats", names("seggi"))
      .put("shortName", names("nome breve"))
      .put("signatureDate", names("data di sottoscrizione"))
      .put("signedBy", names("firmato da"))
      .put("signedOn", names("data di firma"))
      .put("start", names("inizio"))
      .put("startTime", names("ora di inizio"))
      .put("startingFrom", names("a partire da"))
      .put("statedAs", names("testo del documento", "as stated"))
      .put("status", names("stato"))
      .put("subDistrictId", names("sub ambito", "sub-district"))
      .put("subject", names("oggetto"))
      .put("target", names("valore atteso"))
      .put("thirdSectorKind", names("tipo di ente del Terzo settore"))
      .put("timing", names("tempi"))
      .put("title", names("titolo"))
      .put("to", names("al"))
      .put("unit", names("unità di misura"))
      .put("url", names("indirizzo web", "URL"))
      .put("validity", names("durata"))
      .put("value", names("valore"))
      .put("window", names("periodo dichiarato", "window"))
      .put("workTableId", names("tavolo", "work table"))
      .put("year", names("anno"))
      // schema 1.1 (issue 17)
      .put("actKind", names("tipo di atto", "kind of act"))
      .put("actNumber", names("numero dell'atto", "act number"))
      .put("bodyId", names("organo", "body"))
      .put("officialCode", names("codice ufficiale", "official code"))
      .put("outcome", names("esito"))
      .put("sourceKind", names("tipo di fonte", "kind of source"))
      .put("endTime", names("ora di fine", "end time"))
      .put("ownerPartyId", names("soggetto di appartenenza", "owner party"))
      .put("criterion", names("criterio di premialità", "reward criterion"))
      .put("signatoriesNotStated", names("sottoscrittori non indicati", "signatories not stated"))
      .put("instrument", names("strumento di adozione", "instrument"))
      .put("workTableKind", names("tipo di tavolo contato", "kind of table counted"))
      .put("participantKind", names("tipo di partecipante contato", "kind of participant counted"))
      .put("roleStatedAs", names("ruolo come indicato", "role as stated"))
      .put("contact", names("recapito", "contact"))
      .build();

  private static final Splitter SLASH = Splitter.on('/');

  private PlanLabels() {}

  private static String[] names(String... names) {
    return names;
  }

  /** The Italian label: {@code "Obiettivo 7 › Indicatore 2 › valore atteso"}; {@code "piano"} for the root. */
  public static String italian(String pointer) {
    return label(pointer, true);
  }

  /** The English label: {@code "Objective 7 › Indicator 2 › target"}; {@code "plan"} for the root. */
  public static String english(String pointer) {
    return label(pointer, false);
  }

  /** The label in Italian for an Italian locale, in English for every other. */
  public static String label(String pointer, Locale locale) {
    return label(pointer, Locale.ITALIAN.getLanguage().equals(locale.getLanguage()));
  }

  private static String label(String pointer, boolean italian) {
    if (pointer.isEmpty() || pointer.equals("/")) {
      return italian ? "piano" : "plan";
    }
    List<String> steps = new ArrayList<>();
    String list = null;
    // A pointer starts with '/': the first segment is empty.
    for (String raw : SLASH.split(pointer.startsWith("/") ? pointer.substring(1) : pointer)) {
      String segment = raw.replace("~1", "/").replace("~0", "~");
      String[] item = list == null ? null : LISTS.get(list);
      if (item != null && isIndex(segment)) {
        // The list's own step ("obiettivi") gives way to its item ("Obiettivo 7").
        steps.set(steps.size() - 1, (italian ? item[1] : item[2]) + " " + (Long.parseLong(segment) + 1));
        list = null;
        continue;
      }
      list = LISTS.containsKey(segment) ? segment : null;
      steps.add(step(segment, italian));
    }
    return String.join(SEPARATOR, steps);
  }

  private static String step(String segment, boolean italian) {
    String[] list = LISTS.get(segment);
    if (list != null) {
      return italian ? list[0] : words(segment);
    }
    String[] field = FIELDS.get(segment);
    if (field != null) {
      return italian ? field[0] : field.length > 1 ? field[1] : words(segment);
    }
    return segment;
  }

  private static boolean isIndex(String segment) {
    if (segment.isEmpty() || segment.length() > 9) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code governanceBodies} as "governance bodies". */
  private static String words(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        out.append(' ').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether this class has a name for a field of the JSON form (for tests of completeness). */
  static boolean knows(String fieldName) {
    return LISTS.containsKey(fieldName) || FIELDS.containsKey(fieldName);
  }
}
