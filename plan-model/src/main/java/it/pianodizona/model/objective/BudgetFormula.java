package it.pianodizona.model.objective;

import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Formula su dati di bilancio: how an indicator's value is computed from the budget, as a
 * percentage: the budget of one objective (or of all lines) over a base figure.
 *
 * <p>Example (Crema 2015-2017, objective 7): "quota di spesa sociale gestita a livello
 * distrettuale fino al 45-50% della spesa sociale complessiva" is all budget lines over the
 * district social spending.
 */
@Value.Immutable
public interface BudgetFormula {

  /** The objective whose budget lines are the numerator; absent means all budget lines. */
  Optional<String> numeratorObjectiveId();

  FormulaBase base();

  /** The year the target applies to; absent means every year of the plan. */
  Optional<Year> year();

  static ImmutableBudgetFormula.Builder builder() {
    return ImmutableBudgetFormula.builder();
  }
}
