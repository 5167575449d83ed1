package it.pianodizona.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Rapporti di esempio for tests: a monitoring-like report on the Crema 2015-2017 plan and a report
 * made of hostile text.
 *
 * <p>The budgets, the district social spending, the jointly managed shares, the 2012-2014
 * actuals and the targets are the plan's own (examples/plans/crema-2015-2017.json, from the seed
 * document). The outcomes of the objectives ("Esito") are ILLUSTRATIVE: the seed documents give
 * no measured value for 2015-2017, and the report says so in a note.
 */
final class SampleReports {

  private SampleReports() {}

  static final LocalDate GENERATED_ON = LocalDate.of(2026, 11, 28);

  private static BigDecimal eur(String amount) {
    return new BigDecimal(amount);
  }

  /** Objective code, short label of the budget table, target as stated, budget 2015, 2016, 2017. */
  private record Objective(String code, String label, String target, String y2015, String y2016, String y2017,
      Status illustrativeOutcome) {}

  private static final List<Objective> OBJECTIVES = List.of(
      new Objective("1", "Osservatorio", "Osservatorio territoriale attivo (nessun valore atteso numerico)",
          "15000.00", "15000.00", "15000.00", Status.NO_DATA),
      new Objective("2", "Cartella sociale", "100% di nuovi accessi su Cartella Sociale Informatizzata da settembre 2015",
          "15000.00", "15000.00", "15000.00", Status.MET),
      new Objective("3", "Costruzione sistema di accesso", "da 4/8 servizi con modelli omogenei previsti da regolamento ISEE",
          "40000.00", "40000.00", "40000.00", Status.PARTLY_MET),
      new Objective("4", "Patti gener-attivi", "attivazione di n. 50/75 patti gener-attivi all'anno ulteriori rispetto al progetto",
          "300000.00", "300000.00", "300000.00", Status.PARTLY_MET),
      new Objective("5", "Laboratori di comunità", "attivazione di n. 8 laboratori di comunità all'anno",
          "60000.00", "60000.00", "60000.00", Status.MET),
      new Objective("6", "Accoglienza", "50-75% soggetti aderenti ad un modello omogeneo",
          "53248.00", "53248.00", "53248.00", Status.NOT_MET),
      new Objective("7", "Gestione associata", "quota di spesa sociale gestita a livello distrettuale fino al 45-50%",
          "3743666.23", "5543666.23", "6543666.23", Status.NOT_YET_DUE),
      new Objective("8", "Fondo preventivo promozionale", "quota pari al 4-5% del budget gestito a livello distrettuale",
          "304070.87", "304070.87", "304070.87", Status.MET),
      new Objective("9", "Modello unitario SST", "modello unitario di gestione del servizio sociale professionale nel 100% dei comuni",
          "350000.00", "350000.00", "350000.00", Status.NOT_YET_DUE),
      new Objective("10", "TM e SIL", "stesura e sottoscrizione del protocollo entro il mese di giugno 2016",
          "384503.12", "384503.12", "384503.12", Status.MET));

  /** The Crema monitoring-like sample, in the given language for the page chrome (texts stay Italian). */
  static ReportDocument crema(ReportLanguage language) {
    Table outcomes = Table.builder()
        .caption("Esito degli obiettivi al 31 dicembre 2016 (esiti illustrativi)")
        .addColumns(Column.text("Obiettivo"), Column.text("Valore atteso (dal piano)"), Column.text("Esito"))
        .addAllRows(OBJECTIVES.stream()
            .map(o -> Row.of(Cell.text(o.code() + ". " + o.label()), Cell.text(o.target()), Cell.status(o.illustrativeOutcome())))
            .toList())
        .build();

    Table budgetByObjective = Table.builder()
        .caption("Budget previsto per obiettivo e anno")
        .addColumns(Column.text("Obiettivo"), Column.numeric("2015"), Column.numeric("2016"), Column.numeric("2017"),
            Column.numeric("Triennio"))
        .addAllRows(OBJECTIVES.stream()
            .map(o -> Row.of(Cell.text(o.code() + ". " + o.label()),
                Cell.number(eur(o.y2015()), ValueFormat.EUROS), Cell.number(eur(o.y2016()), ValueFormat.EUROS),
                Cell.number(eur(o.y2017()), ValueFormat.EUROS),
                Cell.number(eur(o.y2015()).add(eur(o.y2016())).add(eur(o.y2017())), ValueFormat.EUROS)))
            .toList())
        .addTotals(Row.of(Cell.text("Totale"), Cell.number(eur("5265488.22"), ValueFormat.EUROS),
            Cell.number(eur("7065488.22"), ValueFormat.EUROS), Cell.number(eur("8065488.22"), ValueFormat.EUROS),
            Cell.number(eur("20396464.66"), ValueFormat.EUROS)))
        .sortable(true)
        .build();

    Table execution = Table.builder()
        .caption("Esecuzione della spesa per anno")
        .addColumns(Column.text("Anno"), Column.numeric("Previsto"), Column.numeric("Speso"),
            Column.numeric("Spesa sociale distrettuale"), Column.numeric("Quota gestione associata"))
        .addRows(
            Row.of(Cell.text("2015"), Cell.number(eur("5265488.22"), ValueFormat.EUROS), Cell.unknown(ValueFormat.EUROS),
                Cell.number(eur("18000000.00"), ValueFormat.EUROS), Cell.number(eur("29"), ValueFormat.PERCENT)),
            Row.of(Cell.text("2016"), Cell.number(eur("7065488.22"), ValueFormat.EUROS), Cell.unknown(ValueFormat.EUROS),
                Cell.number(eur("18000000.00"), ValueFormat.EUROS), Cell.number(eur("39"), ValueFormat.PERCENT)),
            Row.of(Cell.text("2017"), Cell.number(eur("8065488.22"), ValueFormat.EUROS), Cell.unknown(ValueFormat.EUROS),
                Cell.number(eur("18000000.00"), ValueFormat.EUROS), Cell.number(eur("45"), ValueFormat.PERCENT)))
        .build();

    BarChart plannedAgainstSpending = BarChart.builder()
        .title("Budget del piano e spesa sociale distrettuale per anno")
        .description("Il budget gestito in forma associata cresce da 5,3 a 8,1 milioni di euro su una spesa "
            + "sociale distrettuale di 18 milioni l'anno.")
        .categoryHeader("Anno")
        .addCategories("2015", "2016", "2017")
        .addSeries(Series.of("Budget del piano", eur("5265488.22"), eur("7065488.22"), eur("8065488.22")),
            Series.of("Spesa sociale distrettuale", eur("18000000.00"), eur("18000000.00"), eur("18000000.00")))
        .format(ValueFormat.EUROS)
        .build();

    BarChart actualsThenPlan = BarChart.builder()
        .title("Consuntivo 2012-2014 e previsione 2015-2017")
        .description("Gli anni senza dato non hanno barra: un dato mancante non vale zero.")
        .categoryHeader("Anno")
        .addCategories("2012", "2013", "2014", "2015", "2016", "2017")
        .addSeries(Series.ofOptional("Consuntivo", List.of(Optional.of(eur("5323683.80")), Optional.of(eur("4651845.37")),
                Optional.of(eur("5439131.89")), Optional.empty(), Optional.empty(), Optional.empty())),
            Series.ofOptional("Previsione", List.of(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(eur("5265488.22")), Optional.of(eur("7065488.22")), Optional.of(eur("8065488.22")))))
        .format(ValueFormat.EUROS)
        .build();

    BarChart byObjective = BarChart.builder()
        .title("Budget 2016 per obiettivo")
        .categoryHeader("Obiettivo")
        .addAllCategories(OBJECTIVES.stream().map(o -> o.code() + ". " + o.label()).toList())
        .addSeries(Series.of("Budget 2016", OBJECTIVES.stream().map(o -> eur(o.y2016())).toArray(BigDecimal[]::new)))
        .format(ValueFormat.EUROS)
        .orientation(Orientation.HORIZONTAL)
        .build();

    BarChart shares = BarChart.builder()
        .title("Quota di spesa sociale in gestione associata")
        .description("Quota del budget del piano sulla spesa sociale distrettuale: obiettivo 7 chiede il 45-50%.")
        .categoryHeader("Anno")
        .addCategories("2015", "2016", "2017")
        .addSeries(Series.of("Quota", eur("29"), eur("39"), eur("45")))
        .format(ValueFormat.PERCENT)
        .build();

    return ReportDocument.builder()
        .title("Monitoraggio 2016 — Piano di Zona 2015-2017")
        .subtitle("Ambito Distrettuale di Crema · situazione al 31 dicembre 2016")
        .language(language)
        .generatedOn(GENERATED_ON)
        .addKeyFigures(
            KeyFigure.of("Periodo del piano", Cell.text("1/5/2015 – 31/12/2017")),
            KeyFigure.of("Budget del triennio", Cell.number(eur("20396464.66"), ValueFormat.WHOLE_EUROS), "somma dei tre anni"),
            KeyFigure.of("Obiettivi", Cell.number(BigDecimal.TEN, ValueFormat.NUMBER), "con 35 indicatori"),
            KeyFigure.of("Obiettivi raggiunti", Cell.status(Status.MET, "4 su 10"), "valore illustrativo"))
        .addSections(
            Section.builder().heading("Sintesi")
                .addBlocks(Paragraph.of("Il rapporto confronta gli obiettivi del Piano di Zona 2015-2017 con i valori attesi "
                        + "e il budget previsto con la spesa sociale del distretto."),
                    Note.of(NoteKind.ILLUSTRATIVE, "Gli esiti degli obiettivi e il numero di obiettivi raggiunti sono "
                        + "illustrativi: i documenti del piano non riportano valori misurati per il 2015-2017. Budget, "
                        + "quote, consuntivi e valori attesi sono quelli del piano."),
                    KeyFigureList.builder().title("Esiti al 31 dicembre 2016 (illustrativi)")
                        .addFigures(KeyFigure.of("Raggiunti", Cell.status(Status.MET, "4")),
                            KeyFigure.of("Parzialmente", Cell.status(Status.PARTLY_MET, "2")),
                            KeyFigure.of("Non raggiunti", Cell.status(Status.NOT_MET, "1")),
                            KeyFigure.of("Non ancora dovuti", Cell.status(Status.NOT_YET_DUE, "2")),
                            KeyFigure.of("Senza dato", Cell.status(Status.NO_DATA, "1")))
                        .build())
                .build(),
            Section.builder().heading("Obiettivi")
                .addBlocks(outcomes, byObjective)
                .build(),
            Section.builder().heading("Spesa")
                .addBlocks(Paragraph.of("La spesa effettiva 2015-2017 non è ancora rendicontata: le celle «Speso» sono "
                    + "vuote e valgono come dato non disponibile, non come zero."), execution, plannedAgainstSpending)
                .addSubsections(
                    Section.builder().heading("Budget per obiettivo").addBlocks(budgetByObjective).build(),
                    Section.builder().heading("Andamento pluriennale").addBlocks(actualsThenPlan, shares).build())
                .build(),
            Section.builder().heading("Note sulle fonti")
                .addBlocks(Note.of(NoteKind.INFO, "Fonte: Piano di Zona 2015-2017 dell'Ambito Distrettuale di Crema, "
                    + "tabelle del budget di prospettiva e delle risorse del triennio 2012-2014."))
                .build())
        .build();
  }

  /** Texts a hostile plan could carry, each set to run a script that marks {@code window.__pwned}. */
  static final String SCRIPT = "<script>window.__pwned = 'script'; document.title = 'pwned';</script>";
  static final String ONERROR = "<img src=x onerror=\"window.__pwned = 'onerror'\">";
  static final String JAVASCRIPT_URL = "javascript:window.__pwned = 'url'";
  static final String BREAKOUT = "\"'><svg onload=\"window.__pwned = 'svg'\"></svg>";
  static final String STYLE = "</style><style>body { display: none }</style>";
  static final String SVG_TITLE = "</title></svg><script>window.__pwned = 'chart'</script>";

  /** Every text field of a report filled with hostile text, and a sortable table so the script runs too. */
  static ReportDocument hostile() {
    return ReportDocument.builder()
        .title(SCRIPT)
        .subtitle(BREAKOUT)
        .generatedOn(GENERATED_ON)
        .addKeyFigures(KeyFigure.of(ONERROR, Cell.text(JAVASCRIPT_URL), STYLE))
        .addSections(Section.builder().heading(SCRIPT)
            .addBlocks(Paragraph.of(ONERROR), Note.of(NoteKind.WARNING, JAVASCRIPT_URL),
                Table.builder().caption(SVG_TITLE)
                    .addColumns(Column.text(ONERROR), Column.numeric(BREAKOUT))
                    .addRows(Row.of(Cell.text(JAVASCRIPT_URL), Cell.number(BigDecimal.ONE, ValueFormat.NUMBER)),
                        Row.of(Cell.status(Status.NOT_MET, SCRIPT), Cell.unknown(ValueFormat.NUMBER)))
                    .sortable(true)
                    .build(),
                BarChart.builder().title(SVG_TITLE).description(ONERROR).categoryHeader(STYLE)
                    .addCategories(SCRIPT, JAVASCRIPT_URL)
                    .addSeries(Series.of(BREAKOUT, BigDecimal.ONE, BigDecimal.TEN), Series.of(SVG_TITLE, BigDecimal.ONE, BigDecimal.ONE))
                    .build())
            .addSubsections(Section.builder().heading(BREAKOUT).addBlocks(Paragraph.of(STYLE)).build())
            .build())
        .build();
  }
}
