package it.pianodizona.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code pdz overview} and {@code pdz generate} as a user runs them. */
class PdzOverviewTest {

  private static final String PLANS = Path.of("../examples/plans").toString();

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Pdz.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void theTextOverviewOfTheBundledPlansIsItalianAndExitsZero() {
    int code = run("overview", PLANS, "--as-of", "30/06/2024");
    assertThat(code).isEqualTo(0);
    assertThat(out.toString())
        .startsWith("Quadro d'insieme al 30/06/2024: 5 file, 5 piani letti, 0 non leggibili\n")
        .contains("crema-2015-2017 (Ambito Distrettuale di Crema, Lombardia, 2015-2017, accordo sottoscritto)")
        .contains("popolazione 33091; budget annuo 6798821,55 €; 205,46 € per abitante")
        .contains("accordo: sottoscritto il 30/04/2015")
        .contains("popolazione 83087; budget annuo n.d. €; n.d. € per abitante")
        .contains("popolazione 56432; budget annuo 175271,58 €; 3,11 € per abitante")
        .contains("Italia: 5 piani, 3 con popolazione nota (somma 172610)");
    assertThat(err.toString()).as("no progress bar when stderr is not a terminal").isEmpty();
  }

  @Test
  void englishOnRequest() {
    run("overview", PLANS, "--as-of", "2024-06-30", "--lang", "en");
    assertThat(out.toString()).startsWith("Overview as of 2024-06-30: 5 files")
        .contains("population 33091; yearly budget 6798821.55 €; 205.46 € per inhabitant");
  }

  @Test
  void csvIsRfc4180ByDefaultAndExcelOnRequest() {
    run("overview", PLANS, "--as-of", "2024-06-30", "--format", "csv");
    assertThat(out.toString()).startsWith("source,plan_id,").contains(",205.46,");
    out.getBuffer().setLength(0);
    run("overview", PLANS, "--as-of", "2024-06-30", "--format", "csv", "--excel");
    assertThat(out.toString()).startsWith("\uFEFFsource;plan_id;").contains(";205,46;");
  }

  @Test
  void excelWithoutCsvIsAUsageError() {
    assertThat(run("overview", PLANS, "--format", "json", "--excel")).isEqualTo(2);
    assertThat(err.toString()).startsWith("pdz: --excel vale solo con --format csv").doesNotContain("Exception");
  }

  @Test
  void jsonParsesAndKeepsUnknownFiguresNull() throws Exception {
    run("overview", PLANS, "--as-of", "2024-06-30", "--format", "json");
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(root.get("rows")).hasSize(5);
    assertThat(root.get("national").get("budgetPerYear").get("count").asInt()).isEqualTo(2);
  }

  @Test
  void anUnreadableFileIsARowTheOthersGoOnAndTheExitCodeIsTwo(@TempDir Path dir) throws Exception {
    Files.copy(Path.of(PLANS, "crema-2015-2017.json"), dir.resolve("crema.json"));
    Files.writeString(dir.resolve("broken.json"), "{\n  \"id\": ");
    int code = run("overview", dir.toString(), "--as-of", "2024-06-30");
    assertThat(code).isEqualTo(2);
    assertThat(out.toString()).contains("broken.json:").contains("non leggibile")
        .contains("crema-2015-2017 (");
  }

  @Test
  void aSymbolicLinkLoopIsReportedNotFatal(@TempDir Path dir) throws Exception {
    Path sub = Files.createDirectories(dir.resolve("lombardia"));
    Files.copy(Path.of(PLANS, "crema-2015-2017.json"), sub.resolve("crema.json"));
    Files.createSymbolicLink(sub.resolve("loop"), dir);
    int code = run("overview", dir.toString(), "--recursive", "--as-of", "2024-06-30", "--lang", "en");
    assertThat(code).isEqualTo(2);
    assertThat(out.toString()).contains("loop: unreadable: symbolic link loop").contains("crema-2015-2017 (");
  }

  @Test
  void htmlIsWrittenWholeToTheOutputFile(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("overview.html");
    assertThat(run("overview", PLANS, "--format", "html", "--output", page.toString(), "--as-of", "2024-06-30"))
        .isEqualTo(0);
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("Content-Security-Policy")
        .contains("<title>Quadro d'insieme dei Piani di Zona</title>");
    assertThat(out.toString()).isEmpty();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(page);
    }
  }

  @Test
  void anUnwritableOutputLeavesNoFileAndExitsTwo(@TempDir Path dir) {
    Path page = dir.resolve("missing-dir/overview.html");
    assertThat(run("overview", PLANS, "--output", page.toString())).isEqualTo(2);
    assertThat(Files.exists(page)).isFalse();
    assertThat(err.toString()).startsWith("pdz: ").doesNotContain("Exception");
  }

  @Test
  void generateWritesMarkedSchemaValidPlansThatTheOverviewReads(@TempDir Path dir) throws Exception {
    assertThat(run("generate", "--count", "3", "--seed", "5", dir.toString())).isEqualTo(0);
    assertThat(err.toString()).contains("3");
    for (int i = 0; i < 3; i++) {
      ZonePlan plan = PlanJson.read(dir.resolve(String.format("synthetic-%04d.json", i)));
      assertThat(plan.id()).startsWith("synthetic-");
      assertThat(plan.notes()).hasValueSatisfying(n -> assertThat(n).contains("SINTETICO"));
    }
    String first = Files.readString(dir.resolve("synthetic-0000.json"));
    assertThat(first).isEqualTo(PlanJson.write(PlanJson.read(dir.resolve("synthetic-0000.json"))));
    out.getBuffer().setLength(0);
    assertThat(run("overview", dir.toString(), "--as-of", "2024-06-30")).isEqualTo(0);
    assertThat(out.toString()).contains("3 piani letti, 0 non leggibili");
  }

  @Test
  void generateRefusesACountBelowOne(@TempDir Path dir) {
    assertThat(run("generate", "--count", "0", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--count");
  }

  @Test
  void theProgressLineSaysFilesRateAndTimeLeft() {
    OverviewCommand.Progress progress = new OverviewCommand.Progress(new PrintWriter(err), 600, true,
        Texts.of(Language.it));
    assertThat(progress.line(300, 2.0)).isEqualTo("[" + "#".repeat(15) + " ".repeat(15) + "] 300/600 file, 150 file/s, ancora 2 s");
  }
}
