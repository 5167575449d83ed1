package it.pianodizona.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code pdz validate} lists every read error of a file, one line each, up to {@code --max-errors}. */
class PdzReadErrorsTest {

  /** Three independent mistakes: an unknown field, a region that does not exist, a date that does not exist. */
  private static final String THREE_MISTAKES = """
      {
        "schemaVersion": "1.0",
        "id": "crema-2015-2017",
        "title": "Piano di Zona 2015-2017", "titel": "x",
        "district": {
          "id": "crema",
          "name": "Ambito Distrettuale di Crema",
          "region": "lombardy"
        },
        "period": {
          "start": "2015-05-01",
          "end": "2017-02-30"
        }
      }
      """;

  @TempDir
  Path dir;

  private Path plan;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writePlan() throws Exception {
    plan = dir.resolve("three.json");
    Files.writeString(plan, THREE_MISTAKES, StandardCharsets.UTF_8);
  }

  private int run(String... args) {
    CommandLine cli = Pdz.commandLine(Map.of());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void threeMistakesAreThreeLinesInOneRun() {
    assertThat(run("validate", plan.toString())).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("pdz: " + plan));
    assertThat(err.toString().lines()).extracting(line -> line.substring(("pdz: " + plan).length()))
        .containsExactly(":4:39 /titel: campo sconosciuto \"titel\" in ZonePlan (forse \"title\"?)",
            ":8:15 /district/region: " + err.toString().lines().toList().get(1).split("/district/region: ")[1],
            ":12:12 /period/end: data inesistente \"2017-02-30\"");
  }

  @Test
  void theJsonReportListsEveryErrorAndKeepsTheFirstAsBefore() throws Exception {
    assertThat(run("validate", "--format", "json", "--lang", "en", plan.toString())).isEqualTo(2);
    JsonNode file = new ObjectMapper().readTree(out.toString()).get("files").get(0);
    assertThat(file.get("errors")).hasSize(3);
    assertThat(file.get("errors")).extracting(e -> e.get("path").asText())
        .containsExactly("/titel", "/district/region", "/period/end");
    assertThat(file.get("errors")).extracting(e -> e.get("kind").asText())
        .containsExactly("unknown_field", "invalid_value", "invalid_value");
    assertThat(file.get("error")).isEqualTo(file.get("errors").get(0));
  }

  @Test
  void maxErrorsCutsTheList() {
    assertThat(run("validate", "--max-errors", "2", plan.toString())).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(2);
  }

  @Test
  void maxErrorsMustBePositive() {
    assertThat(run("validate", "--max-errors", "0", plan.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--max-errors").doesNotContain("\tat ");
  }
}
