package it.pianodizona.rules.indicators;

import com.google.common.collect.ImmutableList;
import it.pianodizona.rules.spi.Rule;

/** Regole sugli indicatori: the indicators family, in catalogue order. */
public final class IndicatorRules {

  private IndicatorRules() {}

  public static ImmutableList<Rule> all() {
    return ImmutableList.of(
        new ObjectiveWithoutIndicator(),
        new IndicatorWithoutTarget(),
        new TargetMinAboveMax(),
        new TargetPercentageOutOfRange(),
        new TargetKExceedsN(),
        new TargetNegativeBound(),
        new TargetUnitMismatch(),
        new TargetDateOutsidePlanPeriod(),
        new BudgetFormulaUnitMismatch(),
        new FormulaYearOutsidePlanPeriod(),
        new MeasurementOutsidePlanPeriod(),
        new MeasurementValueInconsistent(),
        new BaselinePercentageOutOfRange());
  }
}
