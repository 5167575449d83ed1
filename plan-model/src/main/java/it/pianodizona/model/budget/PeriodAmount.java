package it.pianodizona.model.budget;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.model.common.SourceRef;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Importo per l'intero periodo: an amount a document states for a span of years without
 * splitting it by year — a triennial total ("18.456.474,21 euro per il triennio") or a line for
 * the whole plan. Kept apart from the yearly lines and totals, so that sums compare like with
 * like: a period amount against the sum of the years only where every year is known.
 */
@Value.Immutable
public interface PeriodAmount {

  /** The span the amount is for; for the plan's own period, the plan's period. */
  PlanPeriod period();

  /** The objective the amount is for; absent for the whole plan or a line tied to none. */
  Optional<String> objectiveId();

  /** The row label in the document. */
  Optional<String> label();

  /** Absent where the document does not say which fund pays. */
  Optional<FundingSource> fundingSource();

  /** Absent where the document leaves the amount blank: not stated, never zero. */
  Optional<Money> amount();

  /** The amount as printed, e.g. "18.456.474,21 euro". */
  Optional<String> statedAs();

  ImmutableList<SourceRef> sources();

  static ImmutablePeriodAmount.Builder builder() {
    return ImmutablePeriodAmount.builder();
  }
}
