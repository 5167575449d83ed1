package it.pianodizona.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The pdz commands as a user runs them: outputs, exit codes, one-line errors. */
class PdzCliTest {

  private static final Path PLANS = Path.of("../examples/plans");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Pdz.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private static List<String> bundledPlans() throws Exception {
    try (Stream<Path> files = Files.list(PLANS)) {
      return files.filter(p -> p.toString().endsWith(".json")).map(Path::toString).sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void validatesEveryBundledPlanAndGroupsFindingsByFile() throws Exception {
    List<String> plans = bundledPlans();
    String[] args = Stream.concat(Stream.of("validate", "--as-of", "2026-01-01"), plans.stream())
        .toArray(String[]::new);
    int code = run(args);
    assertThat(code).isIn(0, 1);
    for (String plan : plans) {
      assertThat(out.toString()).contains(plan);
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void jsonReportHasOneEntryPerFileAndLocatesAnUnreadableOne(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": 3\n}\n", StandardCharsets.UTF_8);
    String crema = PLANS.resolve("crema-2015-2017.json").toString();
    int code = run("validate", "--format", "json", "--lang", "en", "--as-of", "2016-01-01", crema, broken.toString());
    assertThat(code).isEqualTo(2);
    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertThat(report.get("files")).hasSize(2);
    JsonNode first = report.get("files").get(0);
    assertThat(first.get("file").asText()).isEqualTo(crema);
    assertThat(first.get("findings").isArray()).isTrue();
    first.get("findings").forEach(f -> assertThat(f.fieldNames()).toIterable()
        .contains("rule", "severity", "path", "message", "reference", "values"));
    JsonNode error = report.get("files").get(1).get("error");
    assertThat(error.get("line").asInt()).isEqualTo(3);
    assertThat(error.get("column").asInt()).isPositive();
    assertThat(error.get("path").asText()).isEqualTo("/id");
    assertThat(error.get("message").asText()).isNotBlank();
  }

  @Test
  void aMissingFileIsOneLineAndExitCodeTwo() {
    int code = run("validate", "no-such-plan.json");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1).first().asString()
        .contains("no-such-plan.json").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void badUsageIsExitCodeTwoWithoutAStackTrace() {
    assertThat(run("validate", "--profile", "atlantis", "x.json")).isEqualTo(2);
    assertThat(err.toString()).contains("atlantis").doesNotContain("\tat ");
    assertThat(run("validate", "--as-of", "2021-02-30", "x.json")).isEqualTo(2);
    assertThat(run("frobnicate")).isEqualTo(2);
  }

  @Test
  void rulesAsJsonListAtLeastFortyRulesWithBothTitles() throws Exception {
    assertThat(run("rules", "--format", "json")).isZero();
    JsonNode rules = new ObjectMapper().readTree(out.toString());
    assertThat(rules.size()).isGreaterThanOrEqualTo(40);
    rules.forEach(rule -> {
      assertThat(rule.get("id").asText()).matches("[A-Z][A-Z0-9_]+");
      assertThat(rule.get("severity").asText()).isIn("error", "warning", "info");
      assertThat(rule.get("reference").asText()).isNotBlank();
      assertThat(rule.get("title").get("it").asText()).isNotBlank();
      assertThat(rule.get("title").get("en").asText()).isNotBlank();
    });
  }

  @Test
  void schemaIsPrinted() throws Exception {
    assertThat(run("schema")).isZero();
    JsonNode schema = new ObjectMapper().readTree(out.toString());
    assertThat(schema.get("$schema").asText()).contains("2020-12");
    assertThat(schema.get("$id").asText()).isNotBlank();
  }

  @Test
  void formatPrintsTheCanonicalFormOfABundledPlanUnchanged() throws Exception {
    for (String plan : bundledPlans()) {
      StringWriter fresh = new StringWriter();
      CommandLine cli = Pdz.commandLine();
      cli.setOut(new PrintWriter(fresh));
      cli.setErr(new PrintWriter(err));
      assertThat(cli.execute("format", plan)).as(plan).isZero();
      assertThat(fresh.toString()).as(plan).isEqualTo(Files.readString(Path.of(plan)));
    }
  }

  @Test
  void formatInPlaceRewritesAtomically(@TempDir Path dir) throws Exception {
    Path copy = dir.resolve("crema.json");
    String canonical = Files.readString(PLANS.resolve("crema-2015-2017.json"));
    // The same plan with another layout: format --in-place must give the canonical bytes back.
    Files.writeString(copy, new ObjectMapper().readTree(canonical).toString());
    assertThat(run("format", "--in-place", copy.toString())).isZero();
    assertThat(Files.readString(copy)).isEqualTo(canonical);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactly(copy);
    }
  }

  @Test
  void formatLeavesABrokenFileAlone(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"schemaVersion\": \"1.0\",");
    assertThat(run("format", "--in-place", broken.toString())).isEqualTo(2);
    assertThat(Files.readString(broken)).isEqualTo("{\"schemaVersion\": \"1.0\",");
    assertThat(err.toString().lines()).hasSize(1);
  }

  @Test
  void exportsTheBudgetAsCsv() {
    assertThat(run("export", "--what", "budget", "--format", "csv",
        PLANS.resolve("crema-2015-2017.json").toString())).isZero();
    assertThat(out.toString().lines().findFirst()).isPresent();
    assertThat(out.toString()).contains("2015").contains("15000.00");
  }
}
