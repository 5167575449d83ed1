package it.pianodizona.model.budget;

import it.pianodizona.model.common.Money;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Voce di budget: the amount one objective gets in one year from one funding source.
 *
 * <p>An absent amount means the document leaves the cell blank: not stated, never zero.
 */
@Value.Immutable
public interface BudgetLine {

  /** The objective funded; absent for a line the document does not tie to an objective. */
  Optional<String> objectiveId();

  /** The row label in the document, e.g. "1) Osservatorio". */
  Optional<String> label();

  Year year();

  /** Absent where the document does not say which fund pays. */
  Optional<FundingSource> fundingSource();

  /** Absent where the cell is blank. */
  Optional<Money> amount();

  /** The cell as printed, where it is not a plain amount (e.g. "€ -"). */
  Optional<String> statedAs();

  static ImmutableBudgetLine.Builder builder() {
    return ImmutableBudgetLine.builder();
  }
}
