package it.pianodizona.report.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.io.MonitoringJson;
import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.monitoring.MonitoringDocument;
import it.pianodizona.monitor.MonitoringAssessor;
import it.pianodizona.monitor.MonitoringOptions;
import it.pianodizona.monitor.MonitoringReport;
import it.pianodizona.report.Block;
import it.pianodizona.report.Cell;
import it.pianodizona.report.KeyFigure;
import it.pianodizona.report.Note;
import it.pianodizona.report.NoteKind;
import it.pianodizona.report.ReportDocument;
import it.pianodizona.report.ReportLanguage;
import it.pianodizona.report.ReportRenderer;
import it.pianodizona.report.Row;
import it.pianodizona.report.Section;
import it.pianodizona.report.Status;
import it.pianodizona.report.Table;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Crema monitoring report (bundled files, as of 31 March 2018) mapped onto the document. */
class MonitoringReportDocumentTest {

  private static final LocalDate GENERATED = LocalDate.of(2026, 11, 28);

  private static ZonePlan plan;
  private static MonitoringDocument monitoring;
  private static MonitoringReport report;

  @BeforeAll
  static void assessCrema() throws Exception {
    plan = PlanJson.read(Path.of("../examples/plans/crema-2015-2017.json"));
    monitoring = MonitoringJson.read(Path.of("../examples/monitoring/crema-2015-2017-monitoring.json"));
    report = MonitoringAssessor.of(MonitoringOptions.asOf(LocalDate.of(2018, 3, 31))).assess(plan, monitoring);
  }

  private static ReportDocument document(ReportLanguage language) {
    return MonitoringReportDocument.of(report, MonitoringReportOptions.builder().language(language)
        .generatedOn(GENERATED).monitoring(monitoring).build());
  }

  private static List<Block> blocks(ReportDocument document) {
    List<Block> all = new ArrayList<>();
    document.sections().forEach(s -> collect(s, all));
    return all;
  }

  private static void collect(Section section, List<Block> into) {
    into.addAll(section.blocks());
    section.subsections().forEach(s -> collect(s, into));
  }

  private static Table table(ReportDocument document, String caption) {
    return blocks(document).stream().filter(Table.class::isInstance).map(Table.class::cast)
        .filter(t -> t.caption().equals(caption)).findFirst().orElseThrow(() -> new AssertionError(caption));
  }

  private static Row row(Table table, String header) {
    return table.rows().stream().filter(r -> r.cells().get(0).text().equals(header)).findFirst().orElseThrow();
  }

  @Test
  void theCoverSaysWhenHowMuchIsMetAndThatTheValuesAreIllustrative() {
    ReportDocument document = document(ReportLanguage.IT);
    assertThat(document.title()).isEqualTo("Monitoraggio — Piano di Zona 2015-2017");
    assertThat(document.subtitle()).contains("Ambito Distrettuale di Crema · situazione al 31 marzo 2018");
    assertThat(document.keyFigures()).extracting(KeyFigure::label)
        .containsExactly("Situazione al", "Valutazioni dovute raggiunte", "Esito complessivo", "Popolazione", "Valori");
    long due = report.summaries().stream().mapToLong(s -> s.met() + s.partlyMet() + s.notMet() + s.noData()).sum();
    long met = report.summaries().stream().mapToLong(s -> s.met()).sum();
    Cell attained = document.keyFigures().get(1).value();
    assertThat(attained.status()).contains(Status.PARTLY_MET);
    assertThat(attained.text()).isEqualTo(met + " su " + due);
    assertThat(document.keyFigures().get(2).value().status()).contains(Status.NOT_MET);
  }

  @Test
  void anIllustrativeMonitoringDocumentGetsTheIllustrativeNoteAndAMeasuredOneDoesNot() {
    assertThat(MonitoringReportDocument.isIllustrative(monitoring)).isTrue();
    assertThat(blocks(document(ReportLanguage.IT))).filteredOn(Note.class::isInstance).map(Note.class::cast)
        .extracting(Note::kind).contains(NoteKind.ILLUSTRATIVE);

    MonitoringDocument measured = MonitoringDocument.builder().from(monitoring).title("Monitoraggio 2016")
        .notes("Rilevazioni dell'Ufficio di Piano").build();
    assertThat(MonitoringReportDocument.isIllustrative(measured)).isFalse();
    ReportDocument document = MonitoringReportDocument.of(report, MonitoringReportOptions.builder()
        .generatedOn(GENERATED).monitoring(measured).build());
    assertThat(blocks(document)).filteredOn(Note.class::isInstance).map(Note.class::cast)
        .extracting(Note::kind).doesNotContain(NoteKind.ILLUSTRATIVE);
    assertThat(document.keyFigures()).extracting(KeyFigure::label).doesNotContain("Valori");
  }

  @Test
  void aBlankActualIsNotAvailableNeverZero() {
    Table spending = table(document(ReportLanguage.IT), "Esecuzione della spesa per anno");
    Row y2016 = row(spending, "2016");
    // The monitoring file gives no actual spending for every objective in 2016: the total is unknown.
    assertThat(report.summaries().get(1).spending().actual()).isEmpty();
    assertThat(y2016.cells().get(2).isNumeric()).isTrue();
    assertThat(y2016.cells().get(2).number()).isEmpty();
    assertThat(y2016.cells().get(3).number()).isEmpty();
    assertThat(ReportRenderer.create().render(document(ReportLanguage.IT))).contains(">n.d.</abbr>");
  }

  @Test
  void theSpendingFiguresAreTheAssessedOnes() {
    Row y2015 = row(table(document(ReportLanguage.IT), "Esecuzione della spesa per anno"), "2015");
    assertThat(y2015.cells().get(1).number()).contains(report.summaries().get(0).spending().planned().orElseThrow().amount());
    assertThat(y2015.cells().get(1).number().orElseThrow()).isEqualByComparingTo("5265488.22");
    assertThat(y2015.cells().get(2).number()).contains(report.summaries().get(0).spending().actual().orElseThrow().amount());
  }

  @Test
  void everyAttainmentIsAStatusWithItsIconAndWordExceptNoTargetWhichIsAWord() {
    Table objectives2017 = table(document(ReportLanguage.IT), "Esito di ogni indicatore nel 2017, con la regola che lo ha deciso");
    List<Optional<Status>> statuses = objectives2017.rows().stream().map(r -> r.cells().get(1).status()).toList();
    assertThat(statuses).contains(Optional.of(Status.MET), Optional.of(Status.PARTLY_MET), Optional.of(Status.NOT_MET),
        Optional.of(Status.NO_DATA));
    assertThat(objectives2017.rows()).anySatisfy(r -> {
      assertThat(r.cells().get(1).status()).isEmpty();
      assertThat(r.cells().get(1).text()).isEqualTo("Senza target");
    });
    for (var row : report.indicators()) {
      if (row.year().getValue() == 2017) {
        Row mapped = row(objectives2017, row.indicatorId() + " — " + row.description());
        assertThat(mapped.cells().get(1).status().map(Status::name).orElse("NO_TARGET")).isEqualTo(row.attainment().name());
      }
    }
  }

  @Test
  void withoutAPopulationThereIsNoPerInhabitantFigureAndTheReportSaysWhy() {
    ReportDocument document = document(ReportLanguage.IT);
    assertThat(report.population()).isEmpty();
    assertThat(document.keyFigures().get(3).value().number()).isEmpty();
    assertThat(document.keyFigures().get(3).detail()).contains("non nota: spesa per abitante non calcolata");
    assertThat(blocks(document)).filteredOn(Note.class::isInstance).map(Note.class::cast).extracting(Note::text)
        .contains("La popolazione del distretto non è nota: la spesa per abitante non è calcolata.");
  }

  @Test
  void aDerivedPopulationIsSaidToBeDerivedWithItsDate() {
    MonitoringReport withPopulation = MonitoringAssessor.of(MonitoringOptions.builder()
        .asOf(LocalDate.of(2018, 3, 31)).population(33_091L).build()).assess(plan, monitoring);
    ReportDocument document = MonitoringReportDocument.of(withPopulation, MonitoringReportOptions.builder()
        .generatedOn(GENERATED).monitoring(monitoring)
        .derivedPopulation(DerivedPopulation.of(1, LocalDate.of(2011, 10, 9), "ISTAT, popolazione legale 2011"))
        .build());
    assertThat(document.keyFigures().get(3).value().number()).contains(BigDecimal.valueOf(33_091));
    assertThat(document.keyFigures().get(3).detail().orElseThrow())
        .isEqualTo("derivata: il comune membro elencato nel piano, registro ISTAT, dato al 9 ottobre 2011");
    Row y2015 = row(table(document, "Esecuzione della spesa per anno"), "2015");
    assertThat(y2015.cells().get(4).number()).contains(withPopulation.summaries().get(0).plannedPerInhabitant()
        .orElseThrow().amount());
  }

  @Test
  void unknownIdsAreListedAsFindings() throws Exception {
    MonitoringDocument unknown = MonitoringJson.read("{\"schemaVersion\": \"1.0\", \"planId\": \"crema-2015-2017\","
        + " \"years\": [{\"year\": 2015, \"actions\": [{\"actionId\": \"act-99\", \"progress\": \"done\"}]}]}", "m.json");
    MonitoringReport withFinding = MonitoringAssessor.of(MonitoringOptions.asOf(LocalDate.of(2018, 3, 31)))
        .assess(plan, unknown);
    ReportDocument document = MonitoringReportDocument.of(withFinding,
        MonitoringReportOptions.builder().generatedOn(GENERATED).monitoring(unknown).build());
    Table findings = table(document, "Rilievi sul documento di monitoraggio (1)");
    assertThat(findings.rows()).singleElement().satisfies(r -> {
      assertThat(r.cells().get(0).text()).isEqualTo("/years/0/actions/0/actionId");
      assertThat(r.cells().get(1).text()).isEqualTo("il piano non ha l'azione \"act-99\"");
    });
  }

  @Test
  void englishIsComplete() {
    ReportDocument document = document(ReportLanguage.EN);
    assertThat(document.title()).isEqualTo("Monitoring — Piano di Zona 2015-2017");
    assertThat(document.sections()).extracting(Section::heading)
        .containsExactly("Summary", "Year 2015", "Year 2016", "Year 2017", "Completion of the actions",
            "Findings on the monitoring document", "Notes of the monitoring document");
    String html = ReportRenderer.create().render(document);
    assertThat(html).contains("<html lang=\"en\">", "Planned and actual spending per year", "Spending execution per year")
        .doesNotContain("Spesa prevista", "Esito degli obiettivi", "Sintesi");
  }

  @Test
  void bothLanguagesHaveTheSameLabels() throws Exception {
    assertThat(keys("en")).isEqualTo(keys("it"));
  }

  private static java.util.Set<Object> keys(String language) throws Exception {
    Properties p = new Properties();
    try (var in = MonitoringReportDocument.class.getResourceAsStream("labels_" + language + ".properties")) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p.keySet();
  }

  @Test
  void hostileTextIsEscaped() throws Exception {
    String hostile = "<script>alert(1)</script><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">x</a>";
    String json = Files.readString(Path.of("../examples/plans/crema-2015-2017.json"))
        .replace("\"title\": \"Piano di Zona 2015-2017\"", "\"title\": \"" + hostile.replace("\"", "\\\"") + "\"");
    ZonePlan hostilePlan = PlanJson.read(json, "hostile.json");
    MonitoringDocument hostileMonitoring = MonitoringDocument.builder().from(monitoring).notes(hostile).build();
    MonitoringReport hostileReport = MonitoringAssessor.of(MonitoringOptions.asOf(LocalDate.of(2018, 3, 31)))
        .assess(hostilePlan, hostileMonitoring);
    String html = ReportRenderer.create().render(MonitoringReportDocument.of(hostileReport,
        MonitoringReportOptions.builder().generatedOn(GENERATED).monitoring(hostileMonitoring).build()));
    assertThat(html).doesNotContain("<script>alert", "<img", "<a href=\"javascript")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;", "&lt;a href=");
    assertThat(Stream.of(html.split("<script>", -1)).count()).isEqualTo(2); // the page's own sorter only
  }
}
