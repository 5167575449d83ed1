package it.pianodizona.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DiffCommandTest {

  private static final String CREMA = "../examples/plans/crema-2015-2017.json";
  private static final String EDITED = "../plan-diff/src/test/resources/it/pianodizona/diff/crema-2015-2017-edited.json";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Pdz.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void aPlanAgainstItselfExitsZeroWithNoDifference() {
    assertThat(run("diff", CREMA, CREMA)).isEqualTo(0);
    assertThat(out.toString()).isEqualTo("Nessuna differenza.\n");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theEditedCopyExitsOneAndListsItsThreeChangesInItalian() {
    assertThat(run("diff", CREMA, EDITED)).isEqualTo(1);
    assertThat(out.toString())
        .startsWith("3 modifiche\n")
        .contains("~ Obiettivo 3 › Descrizione  /objectives/2/description\n")
        .contains("[-rivedere -]{+ridefinire e semplificare +}")
        .contains("~ Budget › Riga 1 › Importo  /budget/lines/0/amount: 15000.00 → 18000.00\n")
        .contains("+ Accordo di programma › Aderenti  /agreement/adherents: [{\"partyId\":\"forum-terzo-settore\"}]\n")
        .contains("  2015 · obiettivo obj-1 · fonte non indicata: 15000.00 → 18000.00 (+3000.00; +20.00%)\n");
  }

  @Test
  void englishTextJsonAndJsonPatchAreOffered() throws Exception {
    assertThat(run("diff", "--lang", "en", CREMA, EDITED)).isEqualTo(1);
    assertThat(out.toString()).startsWith("3 changes\n").contains("~ Objective 3 › Description");

    out.getBuffer().setLength(0);
    assertThat(run("diff", "--format", "json", CREMA, EDITED)).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("format").asText()).isEqualTo("pianodizona-plan-diff/1");
    assertThat(json.get("changes")).hasSize(3);
    assertThat(json.at("/changes/1/before/value").decimalValue()).isEqualByComparingTo("15000.00");

    out.getBuffer().setLength(0);
    assertThat(run("diff", "--format", "json-patch", CREMA, EDITED)).isEqualTo(1);
    assertThat(new ObjectMapper().readTree(out.toString())).hasSize(3);
  }

  @Test
  void findingsOfBothVersionsAreCompared() {
    assertThat(run("diff", "--findings", "--as-of", "2016-06-30", CREMA, EDITED)).isEqualTo(1);
    assertThat(out.toString()).containsPattern("Rilievi: \\d+ risolti, \\d+ nuovi, \\d+ invariati\n");
  }

  @Test
  void anUnreadableFileIsOneLocatedLineAndExitCodeTwo(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"schemaVersion\": \"1.0\", \"id\": 3}");
    assertThat(run("diff", CREMA, broken.toString())).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).startsWith("pdz: " + broken).contains(":1:").endsWith("\n");
    assertThat(err.toString().lines()).hasSize(1);

    err.getBuffer().setLength(0);
    assertThat(run("diff", CREMA, dir.resolve("missing.json").toString())).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1);
  }

  @Test
  void anUnknownFormatIsBadUsage() {
    assertThat(run("diff", "--format", "xml", CREMA, CREMA)).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1).first().asString()
        .contains("ammessi: text, json, json-patch, html");
  }

  @Test
  void htmlIsOneSelfContainedPageWithTheWordsThatChanged() {
    assertThat(run("diff", "--format", "html", "--findings", "--as-of", "2015-06-30", CREMA, EDITED)).isEqualTo(1);
    assertThat(out.toString())
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"it\">", "Content-Security-Policy", "Modifiche per elemento", "<del>", "<ins>",
            "ridefinire e semplificare", "Variazioni del budget", "Rilievi della convalida")
        .doesNotContain("http://", "https://", "<link");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void htmlInEnglishToAFileAtomically(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("diff.html");
    assertThat(run("--lang", "en", "diff", "--format", "html", "--output", page.toString(), CREMA, EDITED)).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(Files.readString(page)).contains("<html lang=\"en\">", "Changes by element", "Budget deltas");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(page);
    }
  }

  @Test
  void aPlanAgainstItselfInHtmlSaysNoDifferenceAndExitsZero() {
    assertThat(run("diff", "--format", "html", CREMA, CREMA)).isEqualTo(0);
    assertThat(out.toString()).contains("Nessuna differenza");
  }

  @Test
  void theHelpIsItalianByDefaultAndEnglishOnRequest() {
    assertThat(run("diff", "--help")).isEqualTo(0);
    assertThat(out.toString()).contains("La prima versione del piano", "Codici di uscita:", "json-patch (RFC 6902) o html");
    out.getBuffer().setLength(0);
    assertThat(run("--lang", "en", "diff", "--help")).isEqualTo(0);
    assertThat(out.toString()).contains("The first version of the plan", "Exit codes:");
  }
}
