package it.pianodizona.report.diff;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.diff.FindingsDiff;
import it.pianodizona.diff.PlanDiff;
import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.report.Block;
import it.pianodizona.report.KeyFigure;
import it.pianodizona.report.Paragraph;
import it.pianodizona.report.ReportDocument;
import it.pianodizona.report.ReportLanguage;
import it.pianodizona.report.ReportRenderer;
import it.pianodizona.report.Row;
import it.pianodizona.report.Section;
import it.pianodizona.report.Table;
import it.pianodizona.report.WordDiff;
import it.pianodizona.rules.ValidationOptions;
import it.pianodizona.rules.Validator;
import it.pianodizona.rules.standard.StandardRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Crema plan against plan-diff's hand-edited copy, mapped onto the document. */
class PlanDiffDocumentTest {

  private static final Path CREMA = Path.of("../examples/plans/crema-2015-2017.json");
  private static final Path EDITED = Path.of("../plan-diff/src/test/resources/it/pianodizona/diff/crema-2015-2017-edited.json");

  private static ZonePlan before;
  private static ZonePlan after;

  @BeforeAll
  static void readThePair() throws Exception {
    before = PlanJson.read(CREMA);
    after = PlanJson.read(EDITED);
  }

  private static PlanDiffOptions options(ReportLanguage language) {
    return PlanDiffOptions.builder().language(language).generatedOn(LocalDate.of(2026, 11, 28))
        .beforeName("a.json").afterName("b.json").planTitle(after.title()).build();
  }

  private static List<Block> blocks(Section section) {
    List<Block> all = new ArrayList<>(section.blocks());
    section.subsections().forEach(s -> all.addAll(blocks(s)));
    return all;
  }

  private static List<Block> blocks(ReportDocument document) {
    List<Block> all = new ArrayList<>();
    document.sections().forEach(s -> all.addAll(blocks(s)));
    return all;
  }

  private static Table table(ReportDocument document, String caption) {
    return blocks(document).stream().filter(Table.class::isInstance).map(Table.class::cast)
        .filter(t -> t.caption().equals(caption)).findFirst().orElseThrow(() -> new AssertionError(caption));
  }

  @Test
  void theThreeEditsAreGroupedByTheElementTheyConcern() {
    ReportDocument document = PlanDiffDocument.of(PlanDiff.between(before, after), Optional.empty(),
        options(ReportLanguage.IT));
    assertThat(document.keyFigures()).extracting(KeyFigure::label).containsExactly("Modifiche", "Variazioni del budget");
    assertThat(document.keyFigures().get(0).detail()).contains("1 aggiunto, 2 modificati");
    Section changes = document.sections().get(0);
    assertThat(changes.subsections()).extracting(Section::heading)
        .containsExactly("Obiettivo 3", "Budget", "Accordo di programma");
    Table budget = table(document, "Modifiche: Budget");
    assertThat(budget.rows()).singleElement().satisfies(r -> {
      assertThat(r.cells().get(0).text()).isEqualTo("Budget › Riga 1 › Importo (/budget/lines/0/amount)");
      assertThat(r.cells().get(1).text()).isEqualTo("~ Modificato");
      assertThat(r.cells().get(2).text()).isEqualTo("15000.00");
      assertThat(r.cells().get(3).text()).isEqualTo("18000.00");
    });
  }

  @Test
  void theRewordedObjectiveIsComparedWordByWord() {
    ReportDocument document = PlanDiffDocument.of(PlanDiff.between(before, after), Optional.empty(),
        options(ReportLanguage.IT));
    WordDiff words = blocks(document).stream().filter(WordDiff.class::isInstance).map(WordDiff.class::cast)
        .findFirst().orElseThrow();
    assertThat(words.label()).isEqualTo("~ Modificato · Obiettivo 3 › Descrizione");
    assertThat(words.runs()).filteredOn(r -> r.kind() == WordDiff.Kind.DELETED).extracting(WordDiff.WordRun::text)
        .containsExactly("rivedere ");
    assertThat(words.runs()).filteredOn(r -> r.kind() == WordDiff.Kind.INSERTED).extracting(WordDiff.WordRun::text)
        .containsExactly("ridefinire e semplificare ");
    String html = ReportRenderer.create().render(document);
    assertThat(html).contains("<del><span class=\"mark\" aria-hidden=\"true\">[−</span>"
        + "<span class=\"sr-only\">testo eliminato: </span>rivedere <span class=\"mark\" aria-hidden=\"true\">−]</span></del>");
    assertThat(html).contains("<span class=\"sr-only\">testo inserito: </span>ridefinire e semplificare ");
  }

  @Test
  void theBudgetDeltasHaveTheirChangeAndABlankIsNotAvailable() throws Exception {
    ReportDocument document = PlanDiffDocument.of(PlanDiff.between(before, after), Optional.empty(),
        options(ReportLanguage.IT));
    Table deltas = table(document, "Variazioni del budget tra le due versioni (euro)");
    Row cell = deltas.rows().get(0);
    assertThat(cell.cells().get(0).text()).isEqualTo("2015 · obiettivo obj-1 · fonte non indicata");
    assertThat(cell.cells().get(1).number().orElseThrow()).isEqualByComparingTo("15000.00");
    assertThat(cell.cells().get(2).number().orElseThrow()).isEqualByComparingTo("18000.00");
    assertThat(cell.cells().get(3).number().orElseThrow()).isEqualByComparingTo("3000.00");
    assertThat(cell.cells().get(4).number().orElseThrow()).isEqualByComparingTo("20");

    // The same line left blank in the second version: unknown, so its change is unknown too.
    String json = Files.readString(CREMA);
    int at = json.indexOf("\"amount\": 15000.00");
    String blank = json.substring(0, json.lastIndexOf(',', at)) + json.substring(at + "\"amount\": 15000.00".length());
    ZonePlan blanked = PlanJson.read(blank, "blank.json");
    ReportDocument withBlank = PlanDiffDocument.of(PlanDiff.between(before, blanked), Optional.empty(),
        options(ReportLanguage.IT));
    Row blankRow = table(withBlank, "Variazioni del budget tra le due versioni (euro)").rows().get(0);
    assertThat(blankRow.cells().get(2).isNumeric()).isTrue();
    assertThat(blankRow.cells().get(2).number()).isEmpty();
    assertThat(blankRow.cells().get(3).number()).isEmpty();
    assertThat(blankRow.cells().get(4).number()).isEmpty();
    assertThat(ReportRenderer.create().render(withBlank)).contains(">n.d.</abbr>");
  }

  @Test
  void theFindingsAreResolvedIntroducedAndUnchanged() {
    Validator validator = StandardRules.validator(
        ValidationOptions.builder().asOf(LocalDate.of(2015, 6, 30)).build());
    FindingsDiff findings = FindingsDiff.between(before, validator.validate(before), after, validator.validate(after));
    ReportDocument document = PlanDiffDocument.of(PlanDiff.between(before, after), Optional.of(findings),
        options(ReportLanguage.IT));
    assertThat(document.keyFigures()).extracting(KeyFigure::label)
        .containsExactly("Modifiche", "Variazioni del budget", "Rilievi risolti", "Rilievi nuovi");
    Section section = document.sections().get(document.sections().size() - 1);
    assertThat(section.heading()).isEqualTo("Rilievi della convalida");
    assertThat(blocks(section)).filteredOn(Table.class::isInstance).map(Table.class::cast).extracting(Table::caption)
        .containsExactly("Risolti (" + findings.resolved().size() + ")", "Nuovi (" + findings.introduced().size() + ")",
            "Invariati (" + findings.unchanged().size() + ")");
    Table unchanged = table(document, "Invariati (" + findings.unchanged().size() + ")");
    assertThat(unchanged.rows()).hasSize(Math.max(1, findings.unchanged().size()));
  }

  @Test
  void noDifferenceSaysSo() {
    ReportDocument document = PlanDiffDocument.of(PlanDiff.between(before, before), Optional.empty(),
        options(ReportLanguage.EN));
    assertThat(document.sections()).singleElement().satisfies(s -> assertThat(s.blocks())
        .containsExactly(Paragraph.of("No differences: both versions say the same.")));
  }

  @Test
  void englishLabelsInEnglish() {
    ReportDocument document = PlanDiffDocument.of(PlanDiff.between(before, after), Optional.empty(),
        options(ReportLanguage.EN));
    assertThat(document.sections().get(0).subsections()).extracting(Section::heading)
        .containsExactly("Objective 3", "Budget", "Programme agreement");
    assertThat(ReportRenderer.create().render(document)).contains("deleted text: ", "inserted text: ", "Budget deltas")
        .doesNotContain("Modifiche", "testo eliminato");
  }

  @Test
  void hostileTextIsEscaped() throws Exception {
    String hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    ZonePlan hostileAfter = PlanJson.read(Files.readString(EDITED).replace("ridefinire e semplificare",
        "ridefinire " + hostile), "hostile.json");
    String html = ReportRenderer.create().render(PlanDiffDocument.of(PlanDiff.between(before, hostileAfter),
        Optional.empty(), options(ReportLanguage.IT)));
    assertThat(html).doesNotContain("<script>alert", "<img").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void bothLanguagesHaveTheSameLabels() throws Exception {
    assertThat(keys("en")).isEqualTo(keys("it"));
  }

  private static java.util.Set<Object> keys(String language) throws Exception {
    Properties p = new Properties();
    try (var in = PlanDiffDocument.class.getResourceAsStream("labels_" + language + ".properties")) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p.keySet();
  }
}
