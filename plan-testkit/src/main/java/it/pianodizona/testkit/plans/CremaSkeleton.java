package it.pianodizona.testkit.plans;

import it.pianodizona.model.CountedSubject;
import it.pianodizona.model.DeclaredCount;
import it.pianodizona.model.PlanReference;
import it.pianodizona.model.PlanStatus;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.ProgrammeAgreement;
import it.pianodizona.model.agreement.Signatory;
import it.pianodizona.model.budget.Actuals;
import it.pianodizona.model.budget.ActualsLine;
import it.pianodizona.model.budget.Budget;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.budget.DeclaredShare;
import it.pianodizona.model.budget.DeclaredTotal;
import it.pianodizona.model.budget.DistrictSocialSpending;
import it.pianodizona.model.budget.ImmutableActuals;
import it.pianodizona.model.budget.ImmutableBudget;
import it.pianodizona.model.budget.ShareKind;
import it.pianodizona.model.common.LegalReference;
import it.pianodizona.model.common.LegalReferenceKind;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.Percentage;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.model.common.SourceRef;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.model.policy.MatrixAxisItem;
import it.pianodizona.model.policy.MatrixCell;
import it.pianodizona.model.policy.PolicyFramework;
import it.pianodizona.model.policy.PriorityMatrix;
import it.pianodizona.model.territory.District;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.model.territory.Region;
import java.time.LocalDate;
import java.time.Year;

/**
 * Scheletro del Piano di Zona di Crema 2015-2017: the skeleton of the real Crema plan (seed
 * 002) built with the model builders: its ten objectives placed in the priority matrix, the
 * 2015-2017 budget per objective and year with the declared totals, district social spending
 * and jointly-managed shares, the 2012-2014 resources table, and the programme agreement's
 * duration. Every figure is copied from the document.
 */
public final class CremaSkeleton {

  /** The document this skeleton is taken from. */
  public static final String DOCUMENT = "Piano di Zona 2015-2017, Ambito Distrettuale di Crema (seed 002)";

  private static final String[][] OBJECTIVES = {
    // code, title, matrix row, matrix column, budget label
    {"1", "Osservatorio Territoriale Permanente per la raccolta dati quantitativi e qualitativi delle vulnerabilità e delle risorse", "pic", "knowledge", "1) Osservatorio"},
    {"2", "Implementazione e pieno utilizzo della Cartella Sociale Informatizzata", "community", "knowledge", "2) Cartella sociale"},
    {"3", "Costruzione di un sistema unitario di ACCESSO ai servizi di natura distrettuale", "pic", "services", "3) Costruzione sistema di accesso"},
    {"4", "Definizione e attuazione sperimentale dei PATTI GENER-ATTIVI quale nuova modalità di finalizzazione progettuale delle risorse destinate a misure economiche", "pic", "services", "4) Patti gener-attivi"},
    {"5", "Definizione e attuazione sperimentale dei LABORATORI di COMUNITA' con una contestuale riprogettazione di servizi e interventi consolidati in ottica promozionale", "community", "services", "5) Laboratori di comunità"},
    {"6", "Attuazione di un nuovo sistema di ACCOGLIENZA presso i servizi territoriali pubblici e del privato sociale.", "community", "services", "6) Accoglienza"},
    {"7", "Implementazione dei sistemi di GESTIONE associata dei Fondi per servizi definiti da criteri omogenei di natura distrettuale. Incremento del Fondo di Solidarietà.", "pic", "resources", "7) Gestione associata"},
    {"8", "Costituzione di un fondo distrettuale finalizzato ad interventi di natura PREVENTIVA e PROMOZIONALE", "community", "resources", "8) Fondo preventivo promozionale"},
    {"9", "Progettazione operativa e possibile attuazione di un MODELLO unitario e stabile di gestione del servizio sociale professionale", "reorganisation", "resources", "9) Modello unitario SST"},
    {"10", "Consolidamento della dimensione associativa per i servizi distrettuali Tutela Minori e Inserimento Lavorativo", "reorganisation", "resources", "10) TM e SIL"},
  };

  /** Budget 2015, 2016, 2017 per objective, in the order of {@link #OBJECTIVES}. */
  private static final String[][] BUDGET = {
    {"15000.00", "15000.00", "15000.00"},
    {"15000.00", "15000.00", "15000.00"},
    {"40000.00", "40000.00", "40000.00"},
    {"300000.00", "300000.00", "300000.00"},
    {"60000.00", "60000.00", "60000.00"},
    {"53248.00", "53248.00", "53248.00"},
    {"3743666.23", "5543666.23", "6543666.23"},
    {"304070.87", "304070.87", "304070.87"},
    {"350000.00", "350000.00", "350000.00"},
    {"384503.12", "384503.12", "384503.12"},
  };

  /** "Totale" row of the budget table. */
  public static final String[] DECLARED_TOTALS = {"5265488.22", "7065488.22", "8065488.22"};

  /** "(%) gestione associativa" row, printed without decimals. */
  public static final String[] DECLARED_SHARES = {"29", "39", "45"};

  /** "Risorse triennio 2012-2014": category, item, 2012, 2013, 2014; null is a blank cell, "-" a printed dash. */
  private static final String[][] ACTUALS = {
    {"PRESA IN CARICO INTEGRATA", "Continuità assistenziale", "188305.60", "203992.67", "482659.36"},
    {"PRESA IN CARICO INTEGRATA", "Case Management comunitario", "18000.00", "-", null},
    {"PRESA IN CARICO INTEGRATA", "Osservatorio emarginazione", "26124.80", "20785.00", "23248.00"},
    {"PRESA IN CARICO INTEGRATA", "Gruppi AMA", "5700.00", "-", null},
    {"PRESA IN CARICO INTEGRATA", "Integrazione ASL / Comuni per ADI-SAD", "90175.01", "92825.21", "92944.27"},
    {"LAVORO DI COMUNITA' E PROGETTI", "Progetti", "170803.30", "54746.96", "364070.87"},
    {"ORGANIZZAZIONE SERVIZI E GESTIONE", "Riorganizzazione SSP", "348834.59", "287573.87", "360957.36"},
    {"ORGANIZZAZIONE SERVIZI E GESTIONE", "Rivisitazione modello org. TM e SIL", "1813811.61", "1790002.49", "1821205.54"},
    {"ORGANIZZAZIONE SERVIZI E GESTIONE", "Integrazione socio-sanitaria", "33834.13", "25645.76", "50170.09"},
    {"ORGANIZZAZIONE SERVIZI E GESTIONE", "Integrazione Comuni/prov/trib/scuola", "20429.04", "16000.00", "25000.00"},
    {"ORGANIZZAZIONE SERVIZI E GESTIONE", "Rete unità di offerta", "2271409.27", "1867093.98", "1878849.45"},
    {"ORGANIZZAZIONE SERVIZI E GESTIONE", "Gestione + UdP", "336256.45", "293179.43", "340026.95"},
  };

  /** The unlabelled total row of the 2012-2014 table. */
  public static final String[] ACTUALS_TOTALS = {"5323683.80", "4651845.37", "5439131.89"};

  private CremaSkeleton() {}

  public static ZonePlan plan() {
    SourceRef budgetTable = SourceRef.of(DOCUMENT, "Gli obiettivi per il triennio, tabella Budget 2015-2017");
    ImmutableBudget.Builder budget = Budget.builder().addSources(budgetTable);
    var objectives = new java.util.ArrayList<Objective>();
    for (int o = 0; o < OBJECTIVES.length; o++) {
      String[] row = OBJECTIVES[o];
      String id = "obj-" + row[0];
      objectives.add(Objective.builder()
          .id(id)
          .code(row[0])
          .title(row[1])
          .matrixCell(MatrixCell.of(row[2], row[3]))
          .addSources(SourceRef.of(DOCUMENT, "Obiettivo n. " + row[0]))
          .build());
      for (int y = 0; y < 3; y++) {
        budget.addLines(BudgetLine.builder()
            .objectiveId(id)
            .label(row[4])
            .year(Year.of(2015 + y))
            .amount(Money.of(BUDGET[o][y]))
            .build());
      }
    }
    for (int y = 0; y < 3; y++) {
      Year year = Year.of(2015 + y);
      budget.addDeclaredTotals(DeclaredTotal.of(year, Money.of(DECLARED_TOTALS[y])));
      budget.addDistrictSocialSpending(DistrictSocialSpending.of(year, Money.of("18000000.00")));
      budget.addDeclaredShares(DeclaredShare.builder()
          .year(year).kind(ShareKind.JOINTLY_MANAGED).value(Percentage.of(DECLARED_SHARES[y]))
          .decimals(0).statedAs(DECLARED_SHARES[y] + "%").build());
    }
    budget.actuals(actuals());

    return ZonePlan.builder()
        .id("crema-2015-2017")
        .title("Piano di Zona 2015-2017")
        .district(District.builder()
            .id("crema")
            .name("Ambito Distrettuale di Crema")
            .region(Region.LOMBARDIA)
            .leadMunicipalityId("comune-crema")
            .healthAuthorityId("asl-cremona")
            .addMunicipalities(Municipality.builder().id("comune-crema").name("Crema").build())
            .build())
        // The agreement's stated duration: "1° maggio 2015 – 31 dicembre 2017".
        .period(PlanPeriod.of(LocalDate.of(2015, 5, 1), LocalDate.of(2017, 12, 31)))
        .status(PlanStatus.APPROVED)
        .predecessor(PlanReference.builder().title("4° Piano di Zona 2012-2014")
            .period(PlanPeriod.ofYears(2012, 2014)).build())
        .addFrameworkReferences(LegalReference.builder().kind(LegalReferenceKind.REGIONAL_LAW)
            .citation("l.r. 3/2008").article("art. 18").build())
        .addOrganisations(
            Organisation.builder().id("asl-cremona").name("ASL di Cremona")
                .kind(OrganisationKind.HEALTH_AUTHORITY).build(),
            Organisation.builder().id("comunita-sociale-cremasca").name("Comunità Sociale Cremasca a.s.c.")
                .kind(OrganisationKind.CONSORTIUM_COMPANY).build())
        .policyFramework(PolicyFramework.builder()
            .priorityMatrix(PriorityMatrix.builder()
                .title("Matrice delle priorità")
                .addRows(
                    MatrixAxisItem.of("pic", "Presa in carico integrata"),
                    MatrixAxisItem.of("community", "Lavoro di comunità"),
                    MatrixAxisItem.of("reorganisation", "Riorganizzazione dei servizi"))
                .addColumns(
                    MatrixAxisItem.of("knowledge", "Ricomposizione conoscenza"),
                    MatrixAxisItem.of("services", "Ricomposizione dei servizi"),
                    MatrixAxisItem.of("resources", "Ricomposizione delle risorse e delle modalità gestionali"))
                .build())
            .build())
        .addDeclaredCounts(DeclaredCount.builder().subject(CountedSubject.SUB_DISTRICTS).value(6)
            .statedAs("1 referente per ognuno dei 6 sub ambiti attivi").build())
        .addAllObjectives(objectives)
        .budget(budget.build())
        .agreement(ProgrammeAgreement.builder()
            .id("adp-crema-2015-2017")
            .adoptsPlanId("crema-2015-2017")
            .leadPartyId("comune-crema")
            .addSignatories(Signatory.of("comune-crema"), Signatory.of("asl-cremona"))
            .validity(PlanPeriod.of(LocalDate.of(2015, 5, 1), LocalDate.of(2017, 12, 31)))
            .build())
        .addSources(SourceRef.of(DOCUMENT, "whole document"))
        .build();
  }

  private static Actuals actuals() {
    ImmutableActuals.Builder actuals = Actuals.builder().title("Risorse triennio 2012-2014")
        .addSources(SourceRef.of(DOCUMENT, "Gli esiti del 4^ Piano di Zona, punto 4"));
    for (String[] row : ACTUALS) {
      for (int y = 0; y < 3; y++) {
        String cell = row[2 + y];
        var line = ActualsLine.builder().category(row[0]).item(row[1]).year(Year.of(2012 + y));
        if (cell == null) {
          continue; // a blank cell: not stated, so no line at all
        }
        if (cell.equals("-")) {
          line.statedAs("€ -");
        } else {
          line.amount(Money.of(cell));
        }
        actuals.addLines(line.build());
      }
    }
    for (int y = 0; y < 3; y++) {
      actuals.addDeclaredTotals(DeclaredTotal.of(Year.of(2012 + y), Money.of(ACTUALS_TOTALS[y])));
    }
    return actuals.build();
  }
}
