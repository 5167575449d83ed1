package it.pianodizona.monitor;

import it.pianodizona.model.common.Money;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Esecuzione della spesa: actual against planned spending of one objective (or of the whole
 * plan, without an objective) in one year.
 *
 * <p>A figure with any blank cell behind it is unknown, never a partial sum and never zero; the
 * execution rate exists only when both figures are known and the planned one is not zero.
 */
@Value.Immutable
public interface SpendingExecution {

  /** Absent for the total of the year. */
  Optional<String> objectiveId();

  Year year();

  Optional<Money> planned();

  Optional<Money> actual();

  /** Actual over planned, in percent, two decimals. */
  Optional<BigDecimal> executionPercent();

  static ImmutableSpendingExecution.Builder builder() {
    return ImmutableSpendingExecution.builder();
  }
}
