package it.pianodizona.model.monitoring;

import it.pianodizona.model.budget.FundingSource;
import it.pianodizona.model.common.Money;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Spesa effettiva: what was actually spent on one objective of the plan in the year, from one
 * funding source where the document says which.
 *
 * <p>An absent amount is a blank cell: not known, never zero.
 */
@Value.Immutable
public interface ActualSpending {

  /** The id of an objective of the plan. */
  String objectiveId();

  Optional<FundingSource> fundingSource();

  /** Absent where the amount is not known. */
  Optional<Money> amount();

  /** The cell as printed, where it is not a plain amount. */
  Optional<String> statedAs();

  Optional<String> notes();

  static ImmutableActualSpending.Builder builder() {
    return ImmutableActualSpending.builder();
  }
}
