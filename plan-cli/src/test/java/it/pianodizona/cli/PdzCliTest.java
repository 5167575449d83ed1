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
import java.util.Map;
import java.util.Optional;
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
    // An empty environment: Italian, whatever the machine's locale.
    CommandLine cli = Pdz.commandLine(Map.of());
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

  @Test
  void theTextReportIsItalianByDefaultWithLabelsBesidePointersAndItalianDates() throws Exception {
    int code = Pdz.commandLine(Map.of()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute("validate", "--as-of", "30/06/2016", PLANS.resolve("crema-2015-2017.json").toString());
    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("errori", "avvisi")
        .contains("AVVISO  BUDGET_TARGET_NOT_MET  /objectives/6/indicators/1/target  (Obiettivo 7 › Indicatore 2 › valore atteso)")
        .contains("al 30/06/2016")
        .doesNotContain("WARNING").doesNotContain("2016-06-30");
  }

  @Test
  void englishIsCompleteWithLangEnOrAnEnglishEnvironment() {
    String crema = PLANS.resolve("crema-2015-2017.json").toString();
    assertThat(run("validate", "--lang", "en", "--as-of", "2016-06-30", crema)).isZero();
    assertThat(out.toString()).contains("WARNING BUDGET_TARGET_NOT_MET")
        .contains("(Objective 7 › Indicator 2 › target)").doesNotContain("AVVISO");
    StringWriter help = new StringWriter();
    Pdz.commandLine(Map.of("LANG", "en_GB.UTF-8")).setOut(new PrintWriter(help)).execute("validate", "--help");
    assertThat(help.toString()).startsWith("Usage: pdz validate").contains("Exit codes:").doesNotContain("Uso:");
  }

  @Test
  void langWorksBeforeTheCommandToo() {
    assertThat(run("--lang", "en", "validate", "--as-of", "2016-06-30",
        PLANS.resolve("crema-2015-2017.json").toString())).isZero();
    assertThat(out.toString()).contains("0 errors, 3 warnings");
  }

  @Test
  void helpIsItalianByDefault() {
    StringWriter help = new StringWriter();
    assertThat(Pdz.commandLine(Map.of("LANG", "C.UTF-8")).setOut(new PrintWriter(help)).execute("--help")).isZero();
    assertThat(help.toString()).startsWith("Uso: pdz").contains("Comandi:", "Convalida i file dei piani")
        .doesNotContain("Display help");
  }

  @Test
  void everyOptionAndCommandHasAHelpTextInBothLanguages() {
    for (Language language : Language.values()) {
      StringWriter help = new StringWriter();
      CommandLine cli = Pdz.commandLine(Map.of());
      cli.setOut(new PrintWriter(help));
      for (String command : List.of("validate", "rules", "schema", "format", "export", "help")) {
        assertThat(cli.execute(command, "--help", "--lang", language.name())).isZero();
      }
      cli.execute("--help", "--lang", language.name());
      // picocli leaves a description blank when the bundle has no text for it.
      assertThat(help.toString().lines())
          .as(language.name())
          .noneMatch(line -> line.matches("\\s+(-\\w, )?--[\\w-]+(=\\S+)?\\s*"))
          .noneMatch(line -> line.matches("\\s+\\[?[A-Z]+(\\.\\.\\.)?]?\\s*"))
          .noneMatch(line -> line.matches("  [a-z]+\\s*"));
    }
  }

  @Test
  void anArgumentThatLooksLikeAPlaceholderIsPrintedAsItIs() {
    assertThat(Texts.of(Language.it).get("error.invalidValue", "--as-of", "{2}{0}", "x"))
        .isEqualTo("valore non valido per --as-of: '{2}{0}' x");
  }

  @Test
  void theTwoBundlesHaveTheSameKeys() {
    assertThat(Texts.of(Language.it).bundle().keySet()).isEqualTo(Texts.of(Language.en).bundle().keySet());
  }

  @Test
  void asOfAcceptsIsoAndItalianDatesAndExplainsABadOneInOneLine() {
    String crema = PLANS.resolve("crema-2015-2017.json").toString();
    assertThat(run("validate", "--as-of", "2016-06-30", crema)).isZero();
    String iso = out.toString();
    out.getBuffer().setLength(0);
    assertThat(run("validate", "--as-of", "30/06/2016", crema)).isZero();
    assertThat(out.toString()).isEqualTo(iso);
    assertThat(run("validate", "--as-of", "2016-13-01", crema)).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString()
        .isEqualTo("pdz: valore non valido per --as-of: '2016-13-01' non è una data; "
            + "scrivere 2016-06-30 o 30/06/2016; vedi 'pdz validate --help'");
    assertThat(err.toString()).doesNotContain("java.", "Exception", "cannot convert");
  }

  @Test
  void everyUsageErrorIsOneLineWithoutJavaNames() {
    String crema = PLANS.resolve("crema-2015-2017.json").toString();
    List<List<String>> mistakes = List.of(
        List.of("validate", "--format", "xml", crema),
        List.of("validate", "--profile", "atlantis", crema),
        List.of("validate", "--lang", "fr", crema),
        List.of("validate", "--frobnicate", crema),
        List.of("validate"),
        List.of("export", "--what", "everything", crema),
        List.of("export", crema),
        List.of("rules", "--format", "json", "--format", "text"),
        List.of());
    for (List<String> mistake : mistakes) {
      err.getBuffer().setLength(0);
      assertThat(run(mistake.toArray(String[]::new))).as(mistake.toString()).isEqualTo(2);
      assertThat(err.toString().lines()).as(mistake.toString()).singleElement().asString()
          .startsWith("pdz: ").contains("--help").doesNotContain("java.", "Exception", "<", ">");
    }
  }

  @Test
  void anUnknownCommandGetsTheNearestOne() {
    assertThat(run("valdate", "x.json")).isEqualTo(2);
    assertThat(err.toString()).startsWith("pdz: comando sconosciuto 'valdate'; forse intendevi: validate");
    err.getBuffer().setLength(0);
    assertThat(run("--lang", "en", "expotr")).isEqualTo(2);
    assertThat(err.toString()).startsWith("pdz: unknown command 'expotr'; did you mean: export");
  }

  @Test
  void jsonReportCountsFindingsBySeverityAndLabelsThemInBothLanguages() throws Exception {
    String crema = PLANS.resolve("crema-2015-2017.json").toString();
    assertThat(run("validate", "--format", "json", "--as-of", "2016-06-30", crema)).isZero();
    JsonNode file = new ObjectMapper().readTree(out.toString()).get("files").get(0);
    JsonNode counts = file.get("counts");
    assertThat(counts.get("error").asInt()).isZero();
    assertThat(counts.get("warning").asInt() + counts.get("info").asInt()).isEqualTo(file.get("findings").size());
    assertThat(counts.get("waived").asInt()).isZero();
    JsonNode target = null;
    for (JsonNode finding : file.get("findings")) {
      if (finding.get("path").asText().equals("/objectives/6/indicators/1/target")) {
        target = finding;
      }
    }
    assertThat(target).isNotNull();
    assertThat(target.get("label").get("it").asText()).isEqualTo("Obiettivo 7 › Indicatore 2 › valore atteso");
    assertThat(target.get("label").get("en").asText()).isEqualTo("Objective 7 › Indicator 2 › target");
  }

  @Test
  void rulesAndValidateShareTheCanonicalJsonLayout() {
    assertThat(run("rules", "--format", "json")).isZero();
    String rules = out.toString();
    assertThat(rules).startsWith("[\n  {\n    \"id\": ").endsWith("\n]\n").doesNotContain("\" : ");
    out.getBuffer().setLength(0);
    assertThat(run("validate", "--format", "json", "--as-of", "2016-06-30",
        PLANS.resolve("crema-2015-2017.json").toString())).isZero();
    assertThat(out.toString()).startsWith("{\n  \"files\": [\n    {\n").endsWith("}\n").doesNotContain("\" : ")
        .contains("\"severity\": \"warning\"");
  }

  @Test
  void exportsFindingsAsCsv() {
    assertThat(run("export", "--what", "findings", "--as-of", "2016-06-30",
        PLANS.resolve("crema-2015-2017.json").toString())).isZero();
    List<String> lines = out.toString().lines().collect(Collectors.toList());
    assertThat(lines.get(0)).isEqualTo("rule,severity,path,element,message,reference,waived");
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .startsWith("BUDGET_TARGET_NOT_MET,warning,/objectives/6/indicators/1/target,Obiettivo 7 › Indicatore 2 › valore atteso,"));
    assertThat(out.toString()).contains("\r\n");
  }

  @Test
  void theExcelBudgetHasSemicolonsDecimalCommasAndAByteOrderMark() {
    assertThat(run("export", "--what", "budget", "--excel", PLANS.resolve("crema-2015-2017.json").toString())).isZero();
    String csv = out.toString();
    assertThat(csv).startsWith("\uFEFFrow;objective_id;").contains(";15000,00;").doesNotContain("15000.00");
  }

  @Test
  void eachSubcommandIsRegisteredUnderItsOwnNameInTheHelpsOrder() {
    Pdz.SUBCOMMANDS.forEach((name, command) ->
        assertThat(command.getAnnotation(CommandLine.Command.class).name()).isEqualTo(name));
    assertThat(Pdz.commandLine(Map.of()).getSubcommands().keySet())
        .containsExactlyElementsOf(Pdz.SUBCOMMANDS.keySet());
  }

  @Test
  void aRunOfOneCommandBuildsOnlyThatOne() {
    assertThat(Pdz.onlyCommand(new String[] {"validate", "x.json"})).contains("validate");
    assertThat(Pdz.onlyCommand(new String[] {"--debug", "--lang", "en", "rules"})).contains("rules");
    assertThat(Pdz.onlyCommand(new String[] {"--lang=en", "format", "x.json"})).contains("format");
    assertThat(Pdz.commandLine(Map.of(), Optional.of("validate")).getSubcommands()).containsOnlyKeys("validate");
    List<List<String>> needEveryCommand = List.of(List.of(), List.of("--help"), List.of("--help", "validate"),
        List.of("-V", "validate"), List.of("help", "validate"), List.of("valdate", "x.json"),
        List.of("--", "validate"), List.of("@arguments.txt"), List.of("--lang", "validate"));
    for (List<String> args : needEveryCommand) {
      assertThat(Pdz.onlyCommand(args.toArray(String[]::new))).as(args.toString()).isEmpty();
    }
  }

  @Test
  void aCommandBuiltAloneAnswersAsWhenEveryCommandIsBuilt() {
    String crema = PLANS.resolve("crema-2015-2017.json").toString();
    List<List<String>> runs = List.of(
        List.of("validate", "--as-of", "2016-06-30", crema),
        List.of("--lang", "en", "validate", "--format", "json", "--as-of", "2016-06-30", crema),
        List.of("validate", "--help"),
        List.of("--lang=en", "validate", "--help"),
        List.of("validate", "--frobnicate", crema),
        List.of("validate"),
        List.of("validate", "--as-of", "2016-13-01", crema),
        List.of("--debug", "rules", "--format", "json"),
        List.of("export", "--what", "everything", crema),
        List.of("format", crema));
    for (List<String> run : runs) {
      String[] args = run.toArray(String[]::new);
      assertThat(answer(Pdz.commandLine(Map.of(), Pdz.onlyCommand(args)), args)).as(run.toString())
          .isEqualTo(answer(Pdz.commandLine(Map.of()), args));
    }
  }

  private static List<String> answer(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = cli.setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    return List.of(String.valueOf(code), out.toString(), err.toString());
  }
}
