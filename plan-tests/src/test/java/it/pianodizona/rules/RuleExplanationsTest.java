package it.pianodizona.rules;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.rules.standard.StandardRules;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The page and explanation of a rule with a hand-written part, and of one without (a custom rule). */
class RuleExplanationsTest {

  private static final RuleDescriptor DOCUMENTED =
      StandardRules.catalogue().descriptor("BUDGET_TOTAL_MISMATCH").orElseThrow();
  private static final RuleDescriptor UNDOCUMENTED =
      RuleDescriptor.of("LOCAL_OBJECTIVE_WITHOUT_REFERENT", RuleFamily.GOVERNANCE, Severity.WARNING, "esempio");

  @Test
  void aRuleWithAHandWrittenExplanationHasAPage() {
    assertThat(RuleExplanations.help("BUDGET_TOTAL_MISMATCH")).contains("docs/rules/BUDGET_TOTAL_MISMATCH.md");
  }

  @Test
  void aRuleWithoutAHandWrittenExplanationHasNoPage() {
    assertThat(RuleExplanations.help("LOCAL_OBJECTIVE_WITHOUT_REFERENT")).isEmpty();
  }

  @Test
  void theExplanationOfADocumentedRuleEndsWithItsHandWrittenPart() {
    String italian = RuleExplanations.explain(DOCUMENTED, Locale.ITALIAN);
    assertThat(italian)
        .startsWith("## " + DOCUMENTED.title(Locale.ITALIAN) + "\n\n- Regola: `BUDGET_TOTAL_MISMATCH`\n")
        .endsWith(RuleExplanations.handWritten("BUDGET_TOTAL_MISMATCH", Locale.ITALIAN).orElseThrow())
        .contains("### Perché");
    assertThat(RuleExplanations.explain(DOCUMENTED, Locale.ENGLISH))
        .startsWith("## " + DOCUMENTED.title(Locale.ENGLISH) + "\n\n- Rule: `BUDGET_TOTAL_MISMATCH`\n")
        .endsWith(RuleExplanations.handWritten("BUDGET_TOTAL_MISMATCH", Locale.ENGLISH).orElseThrow());
  }

  @Test
  void theExplanationOfAnUndocumentedRuleSaysWhereItsTextBelongs() {
    assertThat(RuleExplanations.explain(UNDOCUMENTED, Locale.ITALIAN)).isEqualTo(
        "## LOCAL_OBJECTIVE_WITHOUT_REFERENT\n\n"
            + "- Regola: `LOCAL_OBJECTIVE_WITHOUT_REFERENT`\n"
            + "- Gravità predefinita: warning\n"
            + "- Famiglia: governance\n"
            + "- Norma o fonte: esempio\n\n"
            + "(Spiegazione non ancora scritta: /it/pianodizona/rules/explain/LOCAL_OBJECTIVE_WITHOUT_REFERENT_it.md)\n");
    assertThat(RuleExplanations.explain(UNDOCUMENTED, Locale.ENGLISH)).isEqualTo(
        "## LOCAL_OBJECTIVE_WITHOUT_REFERENT\n\n"
            + "- Rule: `LOCAL_OBJECTIVE_WITHOUT_REFERENT`\n"
            + "- Default severity: warning\n"
            + "- Family: governance\n"
            + "- Norm or source: esempio\n\n"
            + "(No explanation written yet: /it/pianodizona/rules/explain/LOCAL_OBJECTIVE_WITHOUT_REFERENT_en.md)\n");
  }
}
