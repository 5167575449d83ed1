package it.pianodizona.model.monitoring;

import it.pianodizona.model.common.PartialDate;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Rilevazione dell'indicatore: the value one indicator of the plan took, when, and who says so.
 *
 * <p>The value is in the indicator's unit: a count, a percentage (0 to 100), euros, a ratio; for
 * a yes/no or a document indicator, 1 means done (delivered, approved) and 0 means not done.
 * Without a date the measurement holds for the year it is reported under.
 */
@Value.Immutable
public interface IndicatorMeasurement {

  /** The id of an indicator of the plan. */
  String indicatorId();

  BigDecimal value();

  Optional<PartialDate> date();

  /** Fonte del dato: e.g. "Cartella Sociale Informatizzata, estrazione del 31/12/2015". */
  Optional<String> source();

  Optional<String> notes();

  static ImmutableIndicatorMeasurement.Builder builder() {
    return ImmutableIndicatorMeasurement.builder();
  }
}
