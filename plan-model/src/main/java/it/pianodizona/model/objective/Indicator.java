package it.pianodizona.model.objective;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Indicatore di esito: what is measured to judge an objective, in which unit, with its target
 * range, optional baseline, optional formula over budget figures, and measurements.
 */
@Value.Immutable
public interface Indicator {

  String id();

  /** What is measured, in the document's words. */
  String description();

  IndicatorUnit unit();

  Optional<TargetRange> target();

  Optional<BigDecimal> baseline();

  Optional<BudgetFormula> formula();

  ImmutableList<Measurement> measurements();

  Optional<String> notes();

  static ImmutableIndicator.Builder builder() {
    return ImmutableIndicator.builder();
  }
}
