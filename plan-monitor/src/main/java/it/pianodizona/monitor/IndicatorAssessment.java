package it.pianodizona.monitor;

import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.objective.IndicatorUnit;
import it.pianodizona.model.objective.TargetRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Valutazione dell'indicatore: the attainment of one indicator in one year, the rule that
 * decided it ({@link #basis()}), the value judged and the target it was judged against.
 */
@Value.Immutable
public interface IndicatorAssessment {

  String objectiveId();

  String indicatorId();

  /** The indicator as the plan words it. */
  String description();

  IndicatorUnit unit();

  Year year();

  Attainment attainment();

  AttainmentBasis basis();

  /** The value judged; absent when nothing was measured. */
  Optional<BigDecimal> value();

  Optional<ValueOrigin> origin();

  /** The date of the measurement the value comes from, where it has one. */
  Optional<PartialDate> measuredOn();

  Optional<TargetRange> target();

  /** When the target falls due for this year's row. */
  Optional<LocalDate> dueBy();

  /** The indicator's place in the plan's JSON form, e.g. {@code /objectives/6/indicators/1}. */
  String planPointer();

  static ImmutableIndicatorAssessment.Builder builder() {
    return ImmutableIndicatorAssessment.builder();
  }
}
