package it.pianodizona.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Rule;
import it.pianodizona.rules.spi.RuleContext;
import it.pianodizona.rules.standard.StandardRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Narrowing a catalogue (only, without, filter) and the ids a catalogue refuses. */
class RuleCatalogueTest {

  private static final RuleCatalogue STANDARD = StandardRules.catalogue();

  @Test
  void onlyKeepsTheNamedRulesInCatalogueOrder() {
    RuleCatalogue only = STANDARD.only(List.of("BUDGET_YEAR_MISSING", "BUDGET_TOTAL_MISMATCH"));
    assertThat(only.rules()).extracting(Rule::id)
        .containsExactlyElementsOf(STANDARD.ids().stream()
            .filter(id -> id.equals("BUDGET_YEAR_MISSING") || id.equals("BUDGET_TOTAL_MISMATCH")).toList());
    assertThat(only.ids()).containsExactlyInAnyOrder("BUDGET_TOTAL_MISMATCH", "BUDGET_YEAR_MISSING", "RULE_FAILED");
  }

  @Test
  void withoutDropsTheNamedRulesAndKeepsTheOthers() {
    RuleCatalogue without = STANDARD.without(List.of("BUDGET_TOTAL_MISMATCH"));
    assertThat(without.rules()).hasSize(STANDARD.rules().size() - 1);
    assertThat(without.knows("BUDGET_TOTAL_MISMATCH")).isFalse();
    assertThat(without.knows("BUDGET_YEAR_MISSING")).isTrue();
    assertThat(without.knows("RULE_FAILED")).isTrue();
  }

  @Test
  void filterKeepsTheRulesThatPassTheTest() {
    RuleCatalogue budget = STANDARD.filter(r -> r.descriptor().family() == RuleFamily.BUDGET);
    assertThat(budget.rules()).isNotEmpty().allMatch(r -> r.descriptor().family() == RuleFamily.BUDGET);
    assertThat(budget.rules()).hasSize((int) STANDARD.rules().stream()
        .filter(r -> r.descriptor().family() == RuleFamily.BUDGET).count());
    assertThat(budget.knows("BUDGET_TOTAL_MISMATCH")).isTrue();
    assertThat(budget.knows("AGREEMENT_MISSING")).isFalse();
  }

  @Test
  void aCatalogueReadsAsItsIds() {
    assertThat(STANDARD.only(List.of("BUDGET_TOTAL_MISMATCH")))
        .hasToString("RuleCatalogue[BUDGET_TOTAL_MISMATCH, RULE_FAILED]");
  }

  /** A rule that takes the engine's id. */
  private static final class Impostor extends AbstractRule {
    Impostor() {
      super("RULE_FAILED", RuleFamily.INTEGRITY, Severity.ERROR, Citations.PLAN_DOCUMENT);
    }

    @Override
    public void check(ZonePlan plan, RuleContext context) {}
  }

  @Test
  void noRuleMayTakeTheEnginesRuleFailedId() {
    assertThatThrownBy(() -> RuleCatalogue.of(List.of(new Impostor())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RULE_FAILED is the engine's id");
  }
}
