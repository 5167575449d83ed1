package it.pianodizona.diff;

import static java.util.Objects.requireNonNull;

import it.pianodizona.model.budget.FundingSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.Optional;

/**
 * Variazione del budget: how one cell of the budget (objective × year × funding source) or one
 * year's total moved between two versions. The change and the percentage are known only when
 * both figures are known amounts: a blank or a missing cell is unknown, never zero.
 *
 * @param scope a cell or a year's total
 * @param year the year
 * @param objectiveId the objective of a cell; absent for a total, or a line tied to none
 * @param fundingSource the fund of a cell; absent for a total, or where the plan names none
 * @param before the figure in the first version
 * @param after the figure in the second version
 */
public record BudgetDelta(Scope scope, Year year, Optional<String> objectiveId,
    Optional<FundingSource> fundingSource, BudgetFigure before, BudgetFigure after) {

  /** Checks every field is present. */
  public BudgetDelta {
    requireNonNull(scope);
    requireNonNull(year);
    requireNonNull(objectiveId);
    requireNonNull(fundingSource);
    requireNonNull(before);
    requireNonNull(after);
  }

  /** What a delta is about. */
  public enum Scope {
    /** One objective × year × funding source. */
    CELL,
    /** The sum of every line of a year. */
    YEAR_TOTAL;

    /** The lower-case name used in JSON. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** After minus before, in euros, when both are known. */
  public Optional<BigDecimal> change() {
    if (before.amount().isEmpty() || after.amount().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(after.amount().get().subtract(before.amount().get()));
  }

  /** The change as a percentage of the first figure (two decimals), when known and not zero. */
  public Optional<BigDecimal> percentChange() {
    return change().flatMap(change -> before.amount().get().signum() == 0 ? Optional.empty()
        : Optional.of(change.multiply(BigDecimal.valueOf(100)).divide(before.amount().get(), 2, RoundingMode.HALF_EVEN)));
  }
}
