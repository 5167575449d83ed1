package it.pianodizona.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.pianodizona.model.common.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The values of the engine's API refuse what cannot be meant: each with its exception and message. */
class ArgumentChecksTest {

  @Test
  void aNegativeMoneyToleranceIsRefused() {
    assertThatThrownBy(() -> ValidationOptions.builder().moneyTolerance(Money.of("-0.01")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the money tolerance cannot be negative");
    assertThat(ValidationOptions.builder().moneyTolerance(Money.of("0.01")).build().moneyTolerance())
        .isEqualTo(Money.of("0.01"));
  }

  @Test
  void aNegativeShareToleranceIsRefused() {
    assertThatThrownBy(() -> ValidationOptions.builder().shareTolerance(new BigDecimal("-0.1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the share tolerance cannot be negative");
    assertThat(ValidationOptions.builder().shareTolerance(new BigDecimal("0.1")).build().shareTolerance())
        .isEqualByComparingTo("0.1");
  }

  @Test
  void aWaiversPathMustBeAJsonPointer() {
    assertThatThrownBy(() -> Waiver.of("BUDGET_TOTAL_MISMATCH", "budget/years/0", "arrotondamento"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a waiver's path is a JSON Pointer, empty or starting with '/', got 'budget/years/0'");
    assertThat(Waiver.of("BUDGET_TOTAL_MISMATCH", "", "arrotondamento").path()).isEmpty();
  }

  @Test
  void aRuleIdMustBeUpperSnakeCase() {
    assertThatThrownBy(() -> RuleDescriptor.of("budget_total", RuleFamily.BUDGET, Severity.ERROR, "L. 328/2000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a rule id is upper snake case, got 'budget_total'");
    assertThatThrownBy(() -> RuleDescriptor.of("BUDGET__TOTAL", RuleFamily.BUDGET, Severity.ERROR, "L. 328/2000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a rule id is upper snake case, got 'BUDGET__TOTAL'");
  }

  @Test
  void aRuleNeedsAReference() {
    assertThatThrownBy(() -> RuleDescriptor.of("BUDGET_TOTAL", RuleFamily.BUDGET, Severity.ERROR, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule BUDGET_TOTAL needs a reference");
  }
}
