package it.pianodizona.diff;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Etichette dei percorsi: turns a JSON Pointer of the plan into words for people, in Italian
 * and English ("/objectives/2/indicators/1/target" → "Obiettivo 3 › Indicatore 2 › Valore
 * atteso" / "Objective 3 › Indicator 2 › Target"). An array element is named by its array's
 * singular noun and its position counted from one; a field by its name in the glossary. A field
 * missing from the tables is shown as its JSON name in both languages.
 *
 * <p>Kept in this one class so that it can give way to a shared labelling of pointers.
 */
final class Labels {

  private static final String SEPARATOR = " › ";

  /** Array fields: the singular noun of one element, Italian and English. */
  private static final ImmutableMap<String, String[]> ELEMENTS = ImmutableMap.<String, String[]>builder()
      .put("objectives", new String[] {"Obiettivo", "Objective"})
      .put("actions", new String[] {"Azione", "Action"})
      .put("indicators", new String[] {"Indicatore", "Indicator"})
      .put("milestones", new String[] {"Scadenza", "Milestone"})
      .put("measurements", new String[] {"Misurazione", "Measurement"})
      .put("referents", new String[] {"Referente", "Referent"})
      .put("tools", new String[] {"Strumento", "Tool"})
      .put("sources", new String[] {"Fonte", "Source"})
      .put("lines", new String[] {"Riga", "Line"})
      .put("declaredTotals", new String[] {"Totale dichiarato", "Declared total"})
      .put("declaredShares", new String[] {"Quota dichiarata", "Declared share"})
      .put("districtSocialSpending", new String[] {"Spesa sociale distrettuale", "District social spending"})
      .put("adherents", new String[] {"Aderente", "Adherent"})
      .put("signatories", new String[] {"Firmatario", "Signatory"})
      .put("legalBasis", new String[] {"Base normativa", "Legal basis"})
      .put("frameworkReferences", new String[] {"Riferimento normativo", "Framework reference"})
      .put("governanceBodies", new String[] {"Organo di governo", "Governance body"})
      .put("members", new String[] {"Componente", "Member"})
      .put("seatRules", new String[] {"Regola di composizione", "Seat rule"})
      .put("powers", new String[] {"Competenza", "Power"})
      .put("organisations", new String[] {"Organizzazione", "Organisation"})
      .put("municipalities", new String[] {"Comune", "Municipality"})
      .put("subDistricts", new String[] {"Sub ambito", "Sub-district"})
      .put("meetings", new String[] {"Incontro", "Meeting"})
      .put("workTables", new String[] {"Tavolo", "Work table"})
      .put("calls", new String[] {"Avviso", "Call"})
      .put("annexes", new String[] {"Allegato", "Annex"})
      .put("phases", new String[] {"Fase", "Phase"})
      .put("expressionsOfInterest", new String[] {"Manifestazione d'interesse", "Expression of interest"})
      .put("policyAreas", new String[] {"Area di policy", "Policy area"})
      .put("strategicAreas", new String[] {"Area strategica", "Strategic area"})
      .put("targetGroups", new String[] {"Area target", "Target group"})
      .put("rows", new String[] {"Riga", "Row"})
      .put("columns", new String[] {"Colonna", "Column"})
      .put("previousPlanOutcomes", new String[] {"Esito del piano precedente", "Previous plan outcome"})
      .put("annualOperatingPlans", new String[] {"Piano operativo annuale", "Annual operating plan"})
      .put("declaredCounts", new String[] {"Conteggio dichiarato", "Declared count"})
      .put("actionsDone", new String[] {"Azione svolta", "Action done"})
      .put("interventions", new String[] {"Intervento", "Intervention"})
      .put("results", new String[] {"Risultato", "Result"})
      .build();

  /** Array fields named as a whole (an array added or removed at once): Italian and English. */
  private static final ImmutableMap<String, String[]> PLURALS = ImmutableMap.<String, String[]>builder()
      .put("objectives", new String[] {"Obiettivi", "Objectives"})
      .put("actions", new String[] {"Azioni", "Actions"})
      .put("indicators", new String[] {"Indicatori", "Indicators"})
      .put("milestones", new String[] {"Scadenze", "Milestones"})
      .put("measurements", new String[] {"Misurazioni", "Measurements"})
      .put("referents", new String[] {"Referenti", "Referents"})
      .put("tools", new String[] {"Strumenti", "Tools"})
      .put("sources", new String[] {"Fonti", "Sources"})
      .put("lines", new String[] {"Righe", "Lines"})
      .put("adherents", new String[] {"Aderenti", "Adherents"})
      .put("signatories", new String[] {"Firmatari", "Signatories"})
      .put("members", new String[] {"Componenti", "Members"})
      .put("seatRules", new String[] {"Regole di composizione", "Seat rules"})
      .put("powers", new String[] {"Competenze", "Powers"})
      .put("organisations", new String[] {"Organizzazioni", "Organisations"})
      .put("municipalities", new String[] {"Comuni", "Municipalities"})
      .put("meetings", new String[] {"Incontri", "Meetings"})
      .put("workTables", new String[] {"Tavoli", "Work tables"})
      .put("governanceBodies", new String[] {"Organi di governo", "Governance bodies"})
      .put("declaredTotals", new String[] {"Totali dichiarati", "Declared totals"})
      .build();

  /** Object fields: Italian and English. */
  private static final ImmutableMap<String, String[]> FIELDS = ImmutableMap.<String, String[]>builder()
      .put("id", new String[] {"Identificativo", "Id"})
      .put("code", new String[] {"Codice", "Code"})
      .put("title", new String[] {"Titolo", "Title"})
      .put("name", new String[] {"Nome", "Name"})
      .put("shortName", new String[] {"Sigla", "Short name"})
      .put("description", new String[] {"Descrizione", "Description"})
      .put("rationale", new String[] {"Motivazione", "Rationale"})
      .put("notes", new String[] {"Note", "Notes"})
      .put("target", new String[] {"Valore atteso", "Target"})
      .put("baseline", new String[] {"Valore di partenza", "Baseline"})
      .put("unit", new String[] {"Unità di misura", "Unit"})
      .put("evaluationMethod", new String[] {"Metodo di valutazione", "Evaluation method"})
      .put("integration", new String[] {"Integrazione", "Integration"})
      .put("amount", new String[] {"Importo", "Amount"})
      .put("year", new String[] {"Anno", "Year"})
      .put("label", new String[] {"Voce", "Label"})
      .put("objectiveId", new String[] {"Obiettivo", "Objective"})
      .put("fundingSource", new String[] {"Fonte di finanziamento", "Funding source"})
      .put("budget", new String[] {"Budget", "Budget"})
      .put("actuals", new String[] {"Consuntivo", "Actuals"})
      .put("agreement", new String[] {"Accordo di programma", "Programme agreement"})
      .put("partyId", new String[] {"Soggetto", "Party"})
      .put("district", new String[] {"Ambito", "District"})
      .put("period", new String[] {"Periodo", "Period"})
      .put("start", new String[] {"Inizio", "Start"})
      .put("end", new String[] {"Fine", "End"})
      .put("status", new String[] {"Stato", "Status"})
      .put("kind", new String[] {"Tipo", "Kind"})
      .put("role", new String[] {"Ruolo", "Role"})
      .put("date", new String[] {"Data", "Date"})
      .put("due", new String[] {"Scadenza", "Due"})
      .put("statedAs", new String[] {"Testo del documento", "As stated"})
      .put("participation", new String[] {"Partecipazione", "Participation"})
      .put("policyFramework", new String[] {"Quadro delle politiche", "Policy framework"})
      .put("priorityMatrix", new String[] {"Matrice delle priorità", "Priority matrix"})
      .put("predecessor", new String[] {"Piano precedente", "Predecessor"})
      .put("region", new String[] {"Regione", "Region"})
      .put("value", new String[] {"Valore", "Value"})
      .put("min", new String[] {"Minimo", "Minimum"})
      .put("max", new String[] {"Massimo", "Maximum"})
      .put("adheredOn", new String[] {"Data di adesione", "Adhered on"})
      .put("requestedOn", new String[] {"Data della richiesta", "Requested on"})
      .put("signedOn", new String[] {"Data della firma", "Signed on"})
      .put("signedBy", new String[] {"Firmato da", "Signed by"})
      .put("signatureDate", new String[] {"Data di sottoscrizione", "Signature date"})
      .put("cadence", new String[] {"Periodicità", "Cadence"})
      .put("seats", new String[] {"Seggi", "Seats"})
      .put("istatCode", new String[] {"Codice ISTAT", "ISTAT code"})
      .put("document", new String[] {"Documento", "Document"})
      .put("locator", new String[] {"Collocazione", "Locator"})
      .put("quote", new String[] {"Citazione", "Quote"})
      .put("deadline", new String[] {"Scadenza", "Deadline"})
      .put("category", new String[] {"Categoria", "Category"})
      .put("item", new String[] {"Voce", "Item"})
      .put("matrixCell", new String[] {"Cella della matrice", "Matrix cell"})
      .put("schemaVersion", new String[] {"Versione del formato", "Schema version"})
      .build();

  private Labels() {}

  static Label of(String pointer) {
    List<String> segments = segments(pointer);
    if (segments.isEmpty()) {
      return new Label("Piano", "Plan");
    }
    StringBuilder italian = new StringBuilder();
    StringBuilder english = new StringBuilder();
    for (int k = 0; k < segments.size(); k++) {
      String segment = segments.get(k);
      boolean nextIsIndex = k + 1 < segments.size() && isIndex(segments.get(k + 1));
      String[] words;
      if (nextIsIndex && ELEMENTS.containsKey(segment)) {
        String position = Integer.toString(Integer.parseInt(segments.get(++k)) + 1);
        words = new String[] {ELEMENTS.get(segment)[0] + " " + position, ELEMENTS.get(segment)[1] + " " + position};
      } else if (isIndex(segment)) {
        String position = Integer.toString(Integer.parseInt(segment) + 1);
        words = new String[] {"n. " + position, "no. " + position};
      } else {
        words = FIELDS.getOrDefault(segment, PLURALS.getOrDefault(segment, new String[] {segment, segment}));
      }
      if (italian.length() > 0) {
        italian.append(SEPARATOR);
        english.append(SEPARATOR);
      }
      italian.append(words[0]);
      english.append(words[1]);
    }
    return new Label(italian.toString(), english.toString());
  }

  private static boolean isIndex(String segment) {
    if (segment.isEmpty() || segment.length() > 9) {
      return false;
    }
    for (int k = 0; k < segment.length(); k++) {
      if (segment.charAt(k) < '0' || segment.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }

  static List<String> segments(String pointer) {
    List<String> segments = new ArrayList<>();
    if (pointer.isEmpty()) {
      return segments;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      segments.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return segments;
  }
}
