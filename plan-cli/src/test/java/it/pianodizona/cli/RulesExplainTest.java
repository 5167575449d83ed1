package it.pianodizona.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.pianodizona.rules.RuleExplanations;
import it.pianodizona.rules.standard.StandardRules;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code pdz rules --explain} and {@code --format csv}, and the findings' link to their rule's page. */
class RulesExplainTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Pdz.commandLine(Map.of());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void explainPrintsTheRulesPageInItalianByDefault() {
    assertThat(run("rules", "--explain", "BUDGET_TOTAL_MISMATCH")).isZero();
    assertThat(out.toString())
        .startsWith("## Le voci di budget non danno il totale dichiarato\n")
        .contains("- Regola: `BUDGET_TOTAL_MISMATCH`", "### Perché", "### Come correggere",
            "vedi docs/rules/BUDGET_TOTAL_MISMATCH.md")
        .isEqualTo(RuleExplanations.explain(StandardRules.catalogue().descriptor("BUDGET_TOTAL_MISMATCH").orElseThrow(),
            Locale.ITALIAN) + "\nvedi docs/rules/BUDGET_TOTAL_MISMATCH.md\n");
  }

  @Test
  void explainPrintsEnglishWithLangEn() {
    assertThat(run("--lang", "en", "rules", "--explain", "BUDGET_TOTAL_MISMATCH")).isZero();
    assertThat(out.toString()).startsWith("## Budget lines do not add up to the declared total\n")
        .contains("### Why", "### How to fix", "see docs/rules/BUDGET_TOTAL_MISMATCH.md");
  }

  @Test
  void anUnknownRuleIsOneLineAndExitCodeTwo() {
    assertThat(run("rules", "--explain", "NO_SUCH_RULE")).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().strip()).doesNotContain("\n").contains("NO_SUCH_RULE").doesNotContain("Exception");
  }

  @Test
  void theCatalogueExportsAsCsvOneRowPerRule() {
    assertThat(run("rules", "--format", "csv")).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).isEqualTo("id,severity,family,reference,title_it,title_en,help");
    assertThat(lines).hasSize(StandardRules.catalogue().descriptors().size() + 1);
    assertThat(lines).anyMatch(line -> line.startsWith("BUDGET_TOTAL_MISMATCH,error,budget,")
        && line.endsWith(",docs/rules/BUDGET_TOTAL_MISMATCH.md"));
  }

  @Test
  void findingsLinkToTheirRulesPageInJsonAndText() throws Exception {
    String crema = "../examples/plans/crema-2015-2017.json";
    assertThat(run("validate", "--as-of", "2026-01-01", "--format", "json", crema)).isIn(0, 1);
    JsonNode findings = new ObjectMapper().readTree(out.toString()).get("files").get(0).get("findings");
    assertThat(findings.size()).isPositive();
    findings.forEach(f -> assertThat(f.get("help").asText()).isEqualTo("docs/rules/" + f.get("rule").asText() + ".md"));
    out.getBuffer().setLength(0);
    assertThat(run("validate", "--as-of", "2026-01-01", crema)).isIn(0, 1);
    assertThat(out.toString()).contains("      vedi docs/rules/");
  }
}
