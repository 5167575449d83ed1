package it.pianodizona.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.Budget;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.budget.DeclaredTotal;
import it.pianodizona.model.budget.FundingSource;
import it.pianodizona.model.budget.FundingSourceKind;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.testkit.plans.CremaSkeleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The budget as RFC 4180 CSV: one row per objective, year and funding source, totals marked. */
class BudgetCsvTest {

  private static List<List<String>> parse(String csv) throws IOException {
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(csv)) {
      return rows.readAll();
    }
  }

  @Test
  void theCremaBudgetHasThirtyRowsAndItsThreeDeclaredTotals() throws IOException {
    String csv = BudgetCsv.write(CremaSkeleton.plan());
    assertThat(csv).startsWith(String.join(",", BudgetCsv.COLUMNS) + "\r\n").endsWith("\r\n");
    assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");

    List<List<String>> rows = parse(csv);
    assertThat(rows).hasSize(1 + 30 + 3);
    assertThat(rows.get(0)).containsExactlyElementsOf(BudgetCsv.COLUMNS);
    // Objective 7 in 2016, as the Crema 2015-2017 budget table prints it.
    assertThat(rows.get(1 + 6 * 3 + 1)).containsExactly("budget", "obj-7", "7",
        "Implementazione dei sistemi di GESTIONE associata dei Fondi per servizi definiti da criteri omogenei "
            + "di natura distrettuale. Incremento del Fondo di Solidarietà.",
        "2016", "", "", "7) Gestione associata", "5543666.23", "1", "0", "");
    assertThat(rows.subList(31, 34)).extracting(r -> r.get(0) + " " + r.get(4) + " " + r.get(8)).containsExactly(
        "declared_total 2015 5265488.22", "declared_total 2016 7065488.22", "declared_total 2017 8065488.22");
  }

  @Test
  void linesOfOneObjectiveYearAndSourceAreSummedAndBlankCellsStayBlank() throws IOException {
    FundingSource fsr = FundingSource.builder().kind(FundingSourceKind.REGIONAL_FUND).label("F.S.R.").build();
    ZonePlan plan = ZonePlan.builder().from(PlanJson.read(Fixtures.MINIMAL))
        .addObjectives(Objective.builder().id("obj-1").code("1").title("Osservatorio").build())
        .budget(Budget.builder()
            .addLines(line("obj-1", 2015, fsr, "10000.00"), line("obj-1", 2015, fsr, "5000.00"),
                line("obj-1", 2015, FundingSource.of(FundingSourceKind.FNPS), null),
                line("obj-1", 2016, fsr, null),
                line("obj-9", 2015, fsr, "1.00"),
                BudgetLine.builder().year(Year.of(2015)).amount(Money.of("2.50")).statedAs("€ 2,50").build())
            .addDeclaredTotals(DeclaredTotal.builder().year(Year.of(2015)).objectiveId("obj-1")
                .amount(Money.of("15000.00")).statedAs("15.000,00").build())
            .addDeclaredTotals(DeclaredTotal.of(Year.of(2015), Money.of("15003.50")))
            .build())
        .build();

    List<List<String>> rows = parse(BudgetCsv.write(plan));

    assertThat(rows.subList(1, rows.size())).extracting(r -> String.join("|", r)).containsExactly(
        "budget|obj-1|1|Osservatorio|2015|fnps||||1|1|",
        "budget|obj-1|1|Osservatorio|2015|regional_fund|F.S.R.||15000.00|2|0|",
        "budget|obj-1|1|Osservatorio|2016|regional_fund|F.S.R.|||1|1|",
        "declared_total|obj-1|1|Osservatorio|2015||||15000.00|||15.000,00",
        "budget|obj-9|||2015|regional_fund|F.S.R.||1.00|1|0|",
        "budget||||2015||||2.50|1|0|€ 2,50",
        "declared_total||||2015||||15003.50|||");
  }

  @Test
  void aDeclaredTotalOfAnObjectiveNamedNowhereElseComesAfterTheRealObjectives() throws IOException {
    ZonePlan plan = ZonePlan.builder().from(PlanJson.read(Fixtures.MINIMAL))
        .addObjectives(Objective.builder().id("obj-1").code("1").title("Osservatorio").build())
        .budget(Budget.builder()
            .addLines(line("obj-1", 2015, FundingSource.of(FundingSourceKind.FNPS), "10.00"))
            .addDeclaredTotals(DeclaredTotal.builder().year(Year.of(2015)).objectiveId("obj-8")
                .amount(Money.of("3.00")).build())
            .addDeclaredTotals(DeclaredTotal.of(Year.of(2015), Money.of("13.00")))
            .build())
        .build();

    List<List<String>> rows = parse(BudgetCsv.write(plan));

    assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0) + "|" + r.get(1) + "|" + r.get(8)).containsExactly(
        "budget|obj-1|10.00", "declared_total|obj-8|3.00", "declared_total||13.00");
  }

  @Test
  void rowsFollowTheObjectivesOrderThenYearThenSourceWhateverTheOrderOfTheLines() throws IOException {
    FundingSource crema = FundingSource.builder().kind(FundingSourceKind.MUNICIPAL_FUNDS).label("Comune di Crema").build();
    FundingSource bagnolo = FundingSource.builder().kind(FundingSourceKind.MUNICIPAL_FUNDS)
        .label("Comune di Bagnolo Cremasco").build();
    FundingSource fsr = FundingSource.builder().kind(FundingSourceKind.REGIONAL_FUND).label("F.S.R.").build();
    FundingSource fnps = FundingSource.builder().kind(FundingSourceKind.FNPS).label("FNPS").build();
    ZonePlan plan = ZonePlan.builder().from(PlanJson.read(Fixtures.MINIMAL))
        .addObjectives(Objective.builder().id("obj-1").code("1").title("Osservatorio").build())
        .addObjectives(Objective.builder().id("obj-2").code("2").title("Segretariato sociale").build())
        .budget(Budget.builder()
            .addLines(line("obj-2", 2015, fnps, "1.00"),
                line("obj-1", 2016, fnps, "2.00"),
                line("obj-1", 2015, null, "3.00"),
                line("obj-1", 2015, crema, "4.00"),
                line("obj-1", 2015, bagnolo, "5.00"),
                line("obj-1", 2015, fsr, "6.00"),
                line("obj-1", 2015, fnps, "7.00"))
            .build())
        .build();

    List<List<String>> rows = parse(BudgetCsv.write(plan));

    // A source's kind orders before its label ("FNPS" sorts after "F.S.R." as text); no source comes last.
    assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(1) + " " + r.get(4) + " " + r.get(8)).containsExactly(
        "obj-1 2015 7.00", "obj-1 2015 6.00", "obj-1 2015 5.00", "obj-1 2015 4.00", "obj-1 2015 3.00",
        "obj-1 2016 2.00", "obj-2 2015 1.00");
  }

  @Test
  void textIsQuotedAsRfc4180SaysAndFormulasAreDisarmed() throws IOException {
    String title = "Tavolo \"anziani\", disabili\ne famiglie";
    ZonePlan plan = ZonePlan.builder().from(PlanJson.read(Fixtures.MINIMAL))
        .addObjectives(Objective.builder().id("=HYPERLINK(\"x\")").code("1").title(title).build())
        .budget(Budget.builder().addLines(line("=HYPERLINK(\"x\")", 2015, null, "-150.00")).build())
        .build();

    String csv = BudgetCsv.write(plan);

    assertThat(csv).contains("\"Tavolo \"\"anziani\"\", disabili\ne famiglie\"");
    List<String> row = parse(csv).get(1);
    assertThat(row.get(1)).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(row.get(3)).isEqualTo(title);
    assertThat(row.get(8)).as("numbers are not text").isEqualTo("-150.00");
  }

  @Test
  void anEmptyBudgetIsJustTheHeaderAndTheWriterStaysOpen() throws IOException {
    boolean[] closed = {false};
    StringWriter text = new StringWriter();
    Writer out = new java.io.FilterWriter(text) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    BudgetCsv.write(PlanJson.read(Fixtures.MINIMAL), out);
    assertThat(closed[0]).isFalse();
    assertThat(text.toString()).isEqualTo(String.join(",", BudgetCsv.COLUMNS) + "\r\n");
  }

  private static BudgetLine line(String objective, int year, FundingSource source, String amount) {
    var line = BudgetLine.builder().objectiveId(objective).year(Year.of(year));
    if (source != null) {
      line.fundingSource(source);
    }
    if (amount != null) {
      line.amount(Money.of(amount));
    }
    return line.build();
  }
}
