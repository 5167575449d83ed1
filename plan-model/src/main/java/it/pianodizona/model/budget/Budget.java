package it.pianodizona.model.budget;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.common.SourceRef;
import it.pianodizona.model.common.Traceable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Budget / risorse: the plan's budget lines by objective, year and funding source; the totals,
 * district social spending and shares the document declares; and past actuals.
 */
@Value.Immutable
public interface Budget extends Traceable {

  ImmutableList<BudgetLine> lines();

  ImmutableList<DeclaredTotal> declaredTotals();

  ImmutableList<DistrictSocialSpending> districtSocialSpending();

  ImmutableList<DeclaredShare> declaredShares();

  Optional<Actuals> actuals();

  /** Lines for a whole period, not split by year (schema 1.1). */
  ImmutableList<PeriodAmount> periodLines();

  /** Totals for a whole period as printed, e.g. the triennial total (schema 1.1). */
  ImmutableList<PeriodAmount> periodTotals();

  static ImmutableBudget.Builder builder() {
    return ImmutableBudget.builder();
  }

  static Budget empty() {
    return builder().build();
  }

  @Override
  Optional<String> notes();

  @Override
  ImmutableList<SourceRef> sources();
}
