package it.pianodizona.monitor;

import it.pianodizona.model.common.Money;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Sintesi dell'anno: the whole plan in one year: indicators by attainment, total spending,
 * spending per inhabitant where the population is known, and all actions.
 */
@Value.Immutable
public interface YearSummary {

  Year year();

  int met();

  int partlyMet();

  int notMet();

  int noData();

  int notYetDue();

  int noTarget();

  SpendingExecution spending();

  /** Planned spending per inhabitant, in euros; absent without a population or a known total. */
  Optional<Money> plannedPerInhabitant();

  /** Actual spending per inhabitant, in euros; absent without a population or a known total. */
  Optional<Money> actualPerInhabitant();

  ActionCompletion actions();

  static ImmutableYearSummary.Builder builder() {
    return ImmutableYearSummary.builder();
  }
}
