package it.pianodizona.report.overview;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.PlanStatus;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.model.territory.Region;
import it.pianodizona.overview.AgreementState;
import it.pianodizona.overview.Overview;
import it.pianodizona.overview.PlanRow;
import it.pianodizona.overview.RegionSummary;
import it.pianodizona.overview.Stat;
import it.pianodizona.report.BarChart;
import it.pianodizona.report.Block;
import it.pianodizona.report.Cell;
import it.pianodizona.report.Column;
import it.pianodizona.report.KeyFigure;
import it.pianodizona.report.Note;
import it.pianodizona.report.NoteKind;
import it.pianodizona.report.Orientation;
import it.pianodizona.report.Paragraph;
import it.pianodizona.report.ReportDocument;
import it.pianodizona.report.ReportLanguage;
import it.pianodizona.report.Row;
import it.pianodizona.report.Section;
import it.pianodizona.report.Series;
import it.pianodizona.report.Table;
import it.pianodizona.report.ValueFormat;
import it.pianodizona.rules.Severity;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rapporto del quadro d'insieme: the overview as a report document, in Italian or English. A
 * sortable table of every plan, a table per region, charts of the yearly budget per inhabitant
 * by district and by region, of findings by rule and of the coverage of policy areas, the rule
 * by region matrix and the files that could not be read. Unknown figures are blank cells and
 * missing bars, never zeros.
 */
public final class OverviewReport {

  /** At most this many districts in the chart of spending per inhabitant: the table has them all. */
  static final int MAX_DISTRICT_BARS = 40;

  /** At most this many rules in the chart of findings by rule. */
  static final int MAX_RULE_BARS = 30;

  private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

  private final Overview overview;
  private final boolean it;

  private OverviewReport(Overview overview, ReportLanguage language) {
    this.overview = overview;
    this.it = language == ReportLanguage.IT;
  }

  /** The report document of the overview in this language. */
  public static ReportDocument document(Overview overview, ReportLanguage language) {
    return new OverviewReport(overview, language).document(language);
  }

  private String t(String italian, String english) {
    return it ? italian : english;
  }

  private ReportDocument document(ReportLanguage language) {
    RegionSummary national = overview.national();
    int unreadable = national.files() - national.plans();
    it.pianodizona.report.ImmutableReportDocument.Builder doc = ReportDocument.builder()
        .title(t("Quadro d'insieme dei Piani di Zona", "Overview of the zone plans"))
        .subtitle(t("Situazione al ", "As of ") + date(overview.asOf()) + " — "
            + national.plans() + t(" piani di ", " plans in ") + overview.regions().size()
            + t(" regioni", " regions"))
        .language(language)
        .generatedOn(overview.asOf())
        .addKeyFigures(
            KeyFigure.of(t("File letti", "Files read"), Cell.number(BigDecimal.valueOf(national.files()), ValueFormat.NUMBER),
                t("non leggibili: ", "unreadable: ") + unreadable),
            KeyFigure.of(t("Spesa annua per abitante (mediana)", "Yearly spending per inhabitant (median)"),
                Cell.number(national.budgetPerInhabitant().median(), ValueFormat.EUROS),
                t("nota per ", "known for ") + national.budgetPerInhabitant().count() + t(" piani", " plans")),
            KeyFigure.of(t("Rilievi di gravità ERRORE", "ERROR findings"),
                Cell.number(BigDecimal.valueOf(national.findingsBySeverity().get(Severity.ERROR)), ValueFormat.NUMBER),
                t("avvisi: ", "warnings: ") + national.findingsBySeverity().get(Severity.WARNING)),
            KeyFigure.of(t("Accordi in ritardo", "Overdue agreements"),
                Cell.number(BigDecimal.valueOf(national.agreements().get(AgreementState.OVERDUE)), ValueFormat.NUMBER),
                t("sottoscritti: ", "signed: ") + national.agreements().get(AgreementState.SIGNED)));
    // The charts and the regions first: the table of plans may have hundreds of rows.
    doc.addSections(regionsSection(), spendingSection(), findingsSection(), coverageSection(), plansSection());
    if (unreadable > 0) {
      doc.addSections(unreadableSection());
    }
    doc.addSections(Section.builder().heading(t("Note", "Notes"))
        .addBlocks(Note.of(NoteKind.INFO, t(
            "Una cella vuota è un dato non noto, mai uno zero. La popolazione è la somma dei comuni elencati secondo il "
                + "registro ISTAT (censimento 2011), solo quando il piano li elenca tutti con il codice ISTAT; la spesa "
                + "annua è la media degli anni del periodo, nota solo se ogni anno ha tutti gli importi. Mediane e "
                + "quartili sono calcolati sui soli piani con il dato noto.",
            "A blank cell is an unknown figure, never a zero. The population is the sum of the listed municipalities "
                + "from the ISTAT registry (2011 census), only when the plan lists them all with their ISTAT codes; "
                + "yearly spending is the mean over the years of the period, known only when every year has every "
                + "amount. Medians and quartiles are over the plans whose figure is known.")))
        .build());
    return doc.build();
  }

  private Section plansSection() {
    List<Row> rows = new ArrayList<>();
    for (PlanRow r : overview.rows()) {
      if (!r.isReadable()) {
        continue;
      }
      rows.add(Row.of(
          Cell.text(r.districtName().orElse(r.source())),
          Cell.text(r.region().map(Region::italianName).orElse("")),
          Cell.text(r.period().map(this::period).orElse("") + r.status().map(s -> ", " + status(s)).orElse("")),
          Cell.number(r.population().map(BigDecimal::valueOf), ValueFormat.NUMBER),
          Cell.number(r.budgetPerYear().map(Money::amount), ValueFormat.WHOLE_EUROS),
          Cell.number(r.budgetPerInhabitant().map(Money::amount), ValueFormat.EUROS),
          Cell.number(BigDecimal.valueOf(r.objectives()), ValueFormat.NUMBER),
          Cell.number(BigDecimal.valueOf(r.findings(Severity.ERROR)), ValueFormat.NUMBER),
          Cell.number(BigDecimal.valueOf(r.findings(Severity.WARNING)), ValueFormat.NUMBER),
          Cell.text(agreement(r))));
    }
    Table table = Table.builder()
        .caption(t("Piani: un ambito per riga (ordinabile per colonna)", "Plans: one district per row (sortable by column)"))
        .addColumns(Column.text(t("Ambito", "District")), Column.text(t("Regione", "Region")),
            Column.text(t("Periodo e stato", "Period and status")), Column.numeric(t("Popolazione", "Population")),
            Column.numeric(t("Budget annuo", "Yearly budget")), Column.numeric(t("€ per abitante", "€ per inhabitant")),
            Column.numeric(t("Obiettivi", "Objectives")), Column.numeric(t("Errori", "Errors")),
            Column.numeric(t("Avvisi", "Warnings")), Column.text(t("Accordo", "Agreement")))
        .addAllRows(rows)
        .sortable(true)
        .build();
    return Section.builder().heading(t("Piani", "Plans")).addBlocks(table).build();
  }

  private Section regionsSection() {
    List<Row> rows = new ArrayList<>();
    overview.regions().forEach((region, s) -> rows.add(regionRow(region.italianName(), s)));
    Table table = Table.builder()
        .caption(t("Per regione: mediana e quartili sui piani con il dato noto", "By region: median and quartiles over the plans whose figure is known"))
        .addColumns(Column.text(t("Regione", "Region")), Column.numeric(t("Piani", "Plans")),
            Column.numeric(t("Con popolazione", "With population")), Column.numeric(t("Popolazione nota", "Known population")),
            Column.numeric(t("€/ab. 1° quartile", "€/inh. 1st quartile")), Column.numeric(t("€/ab. mediana", "€/inh. median")),
            Column.numeric(t("€/ab. 3° quartile", "€/inh. 3rd quartile")), Column.numeric(t("Errori", "Errors")),
            Column.numeric(t("Avvisi", "Warnings")), Column.numeric(t("Accordi in ritardo", "Agreements overdue")))
        .addAllRows(rows)
        .addTotals(regionRow(t("Italia", "Italy"), overview.national()))
        .sortable(true)
        .build();
    return Section.builder().heading(t("Regioni", "Regions")).addBlocks(table).build();
  }

  private Row regionRow(String name, RegionSummary s) {
    Stat perInhabitant = s.budgetPerInhabitant();
    return Row.of(Cell.text(name),
        Cell.number(BigDecimal.valueOf(s.plans()), ValueFormat.NUMBER),
        Cell.number(BigDecimal.valueOf(s.population().count()), ValueFormat.NUMBER),
        Cell.number(s.population().sum(), ValueFormat.NUMBER),
        Cell.number(perInhabitant.firstQuartile(), ValueFormat.EUROS),
        Cell.number(perInhabitant.median(), ValueFormat.EUROS),
        Cell.number(perInhabitant.thirdQuartile(), ValueFormat.EUROS),
        Cell.number(BigDecimal.valueOf(s.findingsBySeverity().get(Severity.ERROR)), ValueFormat.NUMBER),
        Cell.number(BigDecimal.valueOf(s.findingsBySeverity().get(Severity.WARNING)), ValueFormat.NUMBER),
        Cell.number(BigDecimal.valueOf(s.agreements().get(AgreementState.OVERDUE)), ValueFormat.NUMBER));
  }

  private Section spendingSection() {
    List<PlanRow> known = overview.rows().stream().filter(r -> r.budgetPerInhabitant().isPresent())
        .sorted(Comparator.comparing((PlanRow r) -> r.budgetPerInhabitant().get()).reversed()
            .thenComparing(PlanRow::source))
        .toList();
    it.pianodizona.report.ImmutableSection.Builder section = Section.builder().heading(t("Spesa per abitante", "Spending per inhabitant"));
    if (known.isEmpty()) {
      return section.addBlocks(Paragraph.of(t("Nessun piano ha insieme budget e popolazione noti.",
          "No plan has both its budget and its population known."))).build();
    }
    List<PlanRow> shown = known.subList(0, Math.min(MAX_DISTRICT_BARS, known.size()));
    List<Block> blocks = new ArrayList<>();
    blocks.add(BarChart.builder()
        .title(t("Spesa annua per abitante per ambito", "Yearly spending per inhabitant by district"))
        .description(shown.size() < known.size()
            ? t("I " + shown.size() + " ambiti con la spesa più alta su " + known.size() + " con il dato noto; gli altri nella tabella dei piani.",
                "The " + shown.size() + " districts spending most of " + known.size() + " with the figure known; the others in the table of plans.")
            : t("Gli ambiti con budget e popolazione noti, dalla spesa più alta.", "The districts whose budget and population are known, highest first."))
        .categoryHeader(t("Ambito", "District"))
        .addAllCategories(shown.stream().map(r -> r.districtName().orElse(r.source())).toList())
        .addSeries(Series.ofOptional(t("€ per abitante", "€ per inhabitant"),
            shown.stream().map(r -> r.budgetPerInhabitant().map(Money::amount)).toList()))
        .format(ValueFormat.EUROS)
        .orientation(Orientation.HORIZONTAL)
        .build());
    List<String> regions = new ArrayList<>();
    List<Optional<BigDecimal>> q1 = new ArrayList<>();
    List<Optional<BigDecimal>> median = new ArrayList<>();
    List<Optional<BigDecimal>> q3 = new ArrayList<>();
    overview.regions().forEach((region, s) -> {
      regions.add(region.italianName());
      q1.add(s.budgetPerInhabitant().firstQuartile());
      median.add(s.budgetPerInhabitant().median());
      q3.add(s.budgetPerInhabitant().thirdQuartile());
    });
    blocks.add(BarChart.builder()
        .title(t("Spesa annua per abitante per regione: quartili", "Yearly spending per inhabitant by region: quartiles"))
        .description(t("Primo quartile, mediana e terzo quartile degli ambiti di ogni regione.",
            "First quartile, median and third quartile of each region's districts."))
        .categoryHeader(t("Regione", "Region"))
        .addAllCategories(regions)
        .addSeries(Series.ofOptional(t("1° quartile", "1st quartile"), q1),
            Series.ofOptional(t("Mediana", "Median"), median),
            Series.ofOptional(t("3° quartile", "3rd quartile"), q3))
        .format(ValueFormat.EUROS)
        .orientation(Orientation.HORIZONTAL)
        .build());
    return section.addAllBlocks(blocks).build();
  }

  private Section findingsSection() {
    it.pianodizona.report.ImmutableSection.Builder section = Section.builder().heading(t("Rilievi per regola", "Findings by rule"));
    Map<String, Integer> byRule = overview.national().findingsByRule();
    if (byRule.isEmpty()) {
      return section.addBlocks(Paragraph.of(t("Nessun rilievo.", "No finding."))).build();
    }
    List<Map.Entry<String, Integer>> top = byRule.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_RULE_BARS).toList();
    section.addBlocks(BarChart.builder()
        .title(t("Rilievi per regola", "Findings by rule"))
        .description(t("Quante volte ogni regola ha dato un rilievo, in tutti i piani.", "How often each rule gave a finding, over all plans."))
        .categoryHeader(t("Regola", "Rule"))
        .addAllCategories(top.stream().map(Map.Entry::getKey).toList())
        .addSeries(Series.of(t("Rilievi", "Findings"),
            top.stream().map(e -> BigDecimal.valueOf(e.getValue())).toArray(BigDecimal[]::new)))
        .orientation(Orientation.HORIZONTAL)
        .build());
    List<Region> regions = ImmutableList.copyOf(overview.regions().keySet());
    it.pianodizona.report.ImmutableTable.Builder matrix = Table.builder()
        .caption(t("Rilievi per regola e regione", "Findings by rule and region"))
        .addColumns(Column.text(t("Regola", "Rule")));
    regions.forEach(r -> matrix.addColumns(Column.numeric(r.italianName())));
    overview.findingsByRuleAndRegion().rowMap().forEach((rule, cells) -> {
      List<Cell> row = new ArrayList<>();
      row.add(Cell.text(rule));
      regions.forEach(r -> row.add(Cell.number(BigDecimal.valueOf(cells.getOrDefault(r, 0)), ValueFormat.NUMBER)));
      matrix.addRows(Row.of(row));
    });
    return section.addBlocks(matrix.sortable(true).build()).build();
  }

  private Section coverageSection() {
    it.pianodizona.report.ImmutableSection.Builder section =
        Section.builder().heading(t("Copertura delle aree di policy", "Coverage of policy areas"));
    RegionSummary national = overview.national();
    java.util.Set<String> areas = new java.util.TreeSet<>(national.policyAreasNamed().keySet());
    areas.addAll(national.policyAreaCoverage().keySet());
    if (areas.isEmpty()) {
      return section.addBlocks(Paragraph.of(t("Nessun piano nomina aree di policy.",
          "No plan names policy areas."))).build();
    }
    List<String> shown = areas.stream()
        .sorted(Comparator.comparing((String a) -> -national.policyAreasNamed().getOrDefault(a, 0)).thenComparing(a -> a))
        .limit(MAX_RULE_BARS).toList();
    List<String> uncovered = areas.stream().filter(a -> !national.policyAreaCoverage().containsKey(a)).toList();
    section.addBlocks(BarChart.builder()
        .title(t("Aree di policy: piani che le nominano e piani con obiettivi", "Policy areas: plans naming them and plans with objectives"))
        .description(t("Su " + national.plans() + " piani letti; un'area senza la seconda barra non ha obiettivi in nessun piano.",
            "Out of " + national.plans() + " plans read; an area without the second bar has objectives in no plan."))
        .categoryHeader(t("Area di policy", "Policy area"))
        .addAllCategories(shown)
        .addSeries(Series.of(t("Piani che la nominano", "Plans naming it"),
                shown.stream().map(a -> BigDecimal.valueOf(national.policyAreasNamed().getOrDefault(a, 0))).toArray(BigDecimal[]::new)),
            Series.of(t("Piani con obiettivi nell'area", "Plans with objectives in it"),
                shown.stream().map(a -> BigDecimal.valueOf(national.policyAreaCoverage().getOrDefault(a, 0))).toArray(BigDecimal[]::new)))
        .orientation(Orientation.HORIZONTAL)
        .build());
    if (!uncovered.isEmpty()) {
      section.addBlocks(Note.of(NoteKind.WARNING, t("Aree che nessun piano copre con obiettivi: ", "Areas no plan covers with objectives: ")
          + String.join("; ", uncovered.subList(0, Math.min(uncovered.size(), MAX_RULE_BARS)))
          + (uncovered.size() > MAX_RULE_BARS ? t(" e altre " + (uncovered.size() - MAX_RULE_BARS), " and " + (uncovered.size() - MAX_RULE_BARS) + " more") : "")));
    }
    return section.build();
  }

  private Section unreadableSection() {
    it.pianodizona.report.ImmutableTable.Builder table = Table.builder()
        .caption(t("File che non si sono potuti leggere", "Files that could not be read"))
        .addColumns(Column.text("File"), Column.text(t("Errore", "Error")));
    for (PlanRow r : overview.rows()) {
      r.failure().ifPresent(f -> table.addRows(Row.of(Cell.text(r.source()),
          Cell.text(f.location() + ": " + (it ? f.italianMessage() : f.englishMessage())))));
    }
    return Section.builder().heading(t("File non leggibili", "Unreadable files")).addBlocks(table.build()).build();
  }

  private String period(PlanPeriod p) {
    return p.start().getYear() == p.end().getYear() ? String.valueOf(p.start().getYear())
        : p.start().getYear() + "–" + p.end().getYear();
  }

  private String date(java.time.LocalDate d) {
    return it ? d.format(ITALIAN_DATE) : d.toString();
  }

  private String status(PlanStatus s) {
    switch (s) {
      case DRAFT: return t("bozza", "draft");
      case IN_CONSULTATION: return t("in consultazione", "in consultation");
      case APPROVED: return t("approvato", "approved");
      case AGREEMENT_SIGNED: return t("accordo sottoscritto", "agreement signed");
      case IN_FORCE: return t("in vigore", "in force");
      case CLOSED:
      default: return t("concluso", "closed");
    }
  }

  private String agreement(PlanRow r) {
    switch (r.agreementState()) {
      case SIGNED: return r.signatureDate().map(this::date).orElse(t("sottoscritto", "signed"));
      case OVERDUE: return t("in ritardo", "overdue");
      case UNSIGNED: return t("non ancora sottoscritto", "not yet signed");
      case NONE:
      default: return t("nessuno", "none");
    }
  }
}
