package it.pianodizona.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code pdz monitor} as a user runs it on the bundled Crema plan and its illustrative monitoring file. */
class PdzMonitorTest {

  private static final String PLAN = Path.of("../examples/plans", "crema-2015-2017.json").toString();
  private static final String MONITORING = Path.of("../examples/monitoring", "crema-2015-2017-monitoring.json").toString();

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Pdz.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void theCremaReportIsItalianByDefaultAndExitsOneForWhatIsNotMet() {
    int code = run("monitor", PLAN, MONITORING, "--as-of", "2018-03-31");
    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).startsWith("Rapporto di monitoraggio: Piano di Zona 2015-2017\n")
        .contains("== 2017 ==")
        .contains("[parzialmente raggiunto] ind-7-1");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void englishOnRequest() {
    run("monitor", PLAN, MONITORING, "--as-of", "2018-03-31", "--lang", "en", "--year", "2015");
    assertThat(out.toString()).startsWith("Monitoring report: ").contains("== 2015 ==").doesNotContain("== 2016 ==");
  }

  @Test
  void everythingDueMetExitsZero() {
    // As of 1 June 2015 only the ISEE regulation could be due, and it was approved on 25 June:
    // nothing is due yet, so nothing due is missed.
    assertThat(run("monitor", PLAN, MONITORING, "--as-of", "2015-06-01")).isEqualTo(0);
  }

  @Test
  void theJsonHasTheDocumentedShape() throws Exception {
    int code = run("monitor", PLAN, MONITORING, "--as-of", "2018-03-31", "--format", "json", "--population", "100000");
    assertThat(code).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertThat(report.fieldNames()).toIterable().containsExactly("planId", "planTitle", "district", "asOf",
        "population", "language", "everythingDueMet", "years", "findings", "summaries", "objectives", "indicators",
        "actions");
    assertThat(report.get("everythingDueMet").asBoolean()).isFalse();
    JsonNode y2016 = report.get("summaries").get(1);
    assertThat(y2016.get("spending").has("planned")).isTrue();
    assertThat(y2016.get("spending").has("actual")).as("a blank is left out, not zero").isFalse();
    assertThat(report.get("summaries").get(2).get("actualPerInhabitant").decimalValue()).isEqualByComparingTo("78.70");
    JsonNode share = null;
    for (JsonNode row : report.get("indicators")) {
      if (row.get("indicatorId").asText().equals("ind-8-1") && row.get("year").asInt() == 2015) {
        share = row;
      }
    }
    assertThat(share).isNotNull();
    assertThat(share.get("attainment").asText()).isEqualTo("partly_met");
    assertThat(share.get("basis").asText()).isEqualTo("above_range");
    assertThat(share.get("value").decimalValue()).isEqualByComparingTo("5.59");
    assertThat(share.get("planPointer").asText()).isEqualTo("/objectives/7/indicators/0");
  }

  @Test
  void theOutputFileIsWrittenWholeAndStdoutStaysEmpty(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.txt");
    run("monitor", PLAN, MONITORING, "--as-of", "2018-03-31", "--output", report.toString());
    assertThat(out.toString()).isEmpty();
    assertThat(Files.readString(report)).startsWith("Rapporto di monitoraggio");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(report);
    }
  }

  @Test
  void anUnreadableMonitoringFileIsOneLocatedLineAndExitCodeTwo(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("m.json");
    Files.writeString(broken, "{\n  \"schemaVersion\": \"1.0\",\n  \"planId\": 3\n}\n", StandardCharsets.UTF_8);
    Path report = dir.resolve("report.txt");
    int code = run("monitor", PLAN, broken.toString(), "--output", report.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1).first().asString().startsWith("pdz: " + broken + ":3:").contains("/planId");
    assertThat(report).doesNotExist();
  }

  @Test
  void unknownIdsAreReportedAndExitOne(@TempDir Path dir) throws Exception {
    Path monitoring = dir.resolve("m.json");
    Files.writeString(monitoring, "{\n  \"schemaVersion\": \"1.0\",\n  \"planId\": \"crema-2015-2017\",\n"
        + "  \"years\": [{\"year\": 2015, \"actions\": [{\"actionId\": \"act-99\", \"progress\": \"done\"}]}]\n}\n",
        StandardCharsets.UTF_8);
    int code = run("monitor", PLAN, monitoring.toString(), "--as-of", "2015-06-01");
    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).contains("/years/0/actions/0/actionId: il piano non ha l'azione \"act-99\"");
  }

  @Test
  void htmlIsOneSelfContainedItalianPageOnStdout() {
    assertThat(run("monitor", PLAN, MONITORING, "--as-of", "2018-03-31", "--format", "html")).isEqualTo(1);
    assertThat(out.toString())
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"it\">", "Content-Security-Policy", "Monitoraggio — Piano di Zona 2015-2017",
            "Valori illustrativi.", "<svg class=\"chart-svg")
        .doesNotContain("http://", "https://", "<link", " src=");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void htmlInEnglishOnRequest() {
    run("monitor", PLAN, MONITORING, "--as-of", "2018-03-31", "--format", "html", "--lang", "en");
    assertThat(out.toString()).contains("<html lang=\"en\">", "Monitoring — Piano di Zona 2015-2017",
        "Illustrative values.", "Planned and actual spending per year").doesNotContain("Spesa prevista ed effettiva");
  }

  @Test
  void htmlToAFileIsAtomicAndLeavesNothingElse(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.html");
    assertThat(run("monitor", PLAN, MONITORING, "--as-of", "2018-03-31", "--format", "html", "--output",
        report.toString())).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(report);
    }
  }

  @Test
  void anUnwritableOutputIsOneLineExitTwoAndNoFile(@TempDir Path dir) {
    Path report = dir.resolve("missing-dir").resolve("report.html");
    assertThat(run("monitor", PLAN, MONITORING, "--format", "html", "--output", report.toString())).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(report).doesNotExist();
  }

  @Test
  void withoutPopulationTheRegistryDerivesItAndTheReportSaysSo() {
    run("monitor", PLAN, MONITORING, "--as-of", "2018-03-31", "--format", "html");
    // Crema lists one member municipality, Crema (ISTAT 019035): 33.091 at the 2011 census.
    assertThat(out.toString()).contains("33.091", "derivata", "9 ottobre 2011");
  }

  @Test
  void aDerivedPopulationIsSaidToBeDerivedInTextAndJsonToo() throws Exception {
    run("monitor", PLAN, MONITORING, "--as-of", "2018-03-31");
    assertThat(out.toString()).contains("Popolazione: 33.091")
        .contains("Popolazione derivata dal registro ISTAT: somma dei comuni membri elencati nel piano (1), dato al 2011-10-09");
    out.getBuffer().setLength(0);
    run("monitor", PLAN, MONITORING, "--as-of", "2018-03-31", "--format", "json");
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("population").asLong()).isEqualTo(33_091L);
    assertThat(json.at("/populationSource/derived").asBoolean()).isTrue();
    assertThat(json.at("/populationSource/referenceDate").asText()).isEqualTo("2011-10-09");
  }

  @Test
  void aGivenPopulationIsUsedAsGiven() {
    run("monitor", PLAN, MONITORING, "--as-of", "2018-03-31", "--format", "html", "--population", "100000");
    assertThat(out.toString()).contains("100.000", "dato fornito con --population").doesNotContain("derivata");
  }

  @Test
  void withoutAnIstatCodeThePopulationIsUnknownNotZero(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan.json");
    Files.writeString(plan, Files.readString(Path.of(PLAN)).replace("\"istatCode\": \"019035\",", ""),
        StandardCharsets.UTF_8);
    run("monitor", plan.toString(), MONITORING, "--as-of", "2018-03-31", "--format", "json");
    assertThat(new ObjectMapper().readTree(out.toString()).has("population")).isFalse();
  }

  @Test
  void aNonPositivePopulationIsOneItalianLineAndExitTwo() {
    assertThat(run("monitor", PLAN, MONITORING, "--population", "0")).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1).first().asString()
        .contains("--population deve essere un numero positivo");
  }

  @Test
  void aYearOutsideThePlanIsBadUsage() {
    assertThat(run("monitor", PLAN, MONITORING, "--year", "2019")).isEqualTo(2);
    assertThat(err.toString()).contains("--year 2019 non è un anno del piano");
    assertThat(err.toString().lines()).hasSize(1);
  }

  @Test
  void theHelpIsItalianByDefaultAndEnglishOnRequest() {
    assertThat(run("monitor", "--help")).isEqualTo(0);
    assertThat(out.toString()).contains("Formato del rapporto: text, json o html", "Codici di uscita:",
        "File del monitoraggio");
    out.getBuffer().setLength(0);
    assertThat(run("--lang", "en", "monitor", "--help")).isEqualTo(0);
    assertThat(out.toString()).contains("Report format: text, json or html", "Exit codes:", "The monitoring file");
  }
}
