package it.pianodizona.diff;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Importo di una cella del budget in una versione: absent (the plan has no such line), blank
 * (a line whose amount is not stated: unknown, never zero) or a known sum in euros.
 *
 * @param inPlan whether the plan has a line for the cell
 * @param amount the sum of the cell's amounts; absent when not in the plan or when any of its
 *     lines is blank
 */
public record BudgetFigure(boolean inPlan, Optional<BigDecimal> amount) {

  /** Not in the plan. */
  public static final BudgetFigure ABSENT = new BudgetFigure(false, Optional.empty());

  /** In the plan, amount unknown. */
  public static final BudgetFigure BLANK = new BudgetFigure(true, Optional.empty());

  /** Checks the figure is one of the three states. */
  public BudgetFigure {
    requireNonNull(amount);
    if (!inPlan && amount.isPresent()) {
      throw new IllegalArgumentException("an amount not in the plan");
    }
  }

  /** A known amount. */
  public static BudgetFigure of(BigDecimal amount) {
    return new BudgetFigure(true, Optional.of(amount));
  }

  /** Whether both figures are in the same state with numerically equal amounts. */
  boolean sameAs(BudgetFigure other) {
    return inPlan == other.inPlan && amount.isPresent() == other.amount.isPresent()
        && (amount.isEmpty() || amount.get().compareTo(other.amount.get()) == 0);
  }

  BudgetFigure plus(Optional<BigDecimal> line) {
    if (!inPlan) {
      return line.map(BudgetFigure::of).orElse(BLANK);
    }
    if (amount.isEmpty() || line.isEmpty()) {
      return BLANK;
    }
    return of(amount.get().add(line.get()));
  }
}
