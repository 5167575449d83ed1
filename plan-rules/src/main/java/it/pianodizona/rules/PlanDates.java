package it.pianodizona.rules;

import it.pianodizona.model.common.DateWindow;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.common.PlanPeriod;
import java.time.LocalDate;

/**
 * Confronti tra date parziali: moved to {@link it.pianodizona.rules.spi.PlanDates}.
 *
 * @deprecated since 0.1.0, use {@link it.pianodizona.rules.spi.PlanDates}; this class will be
 *     removed in 1.0.
 */
@Deprecated(since = "0.1.0", forRemoval = true)
public final class PlanDates {

  private PlanDates() {}

  public static boolean outside(PartialDate date, PlanPeriod period) {
    return it.pianodizona.rules.spi.PlanDates.outside(date, period);
  }

  public static boolean outside(PartialDate date, LocalDate end, DateWindow window) {
    return it.pianodizona.rules.spi.PlanDates.outside(date, end, window);
  }

  public static boolean notAfter(PartialDate date, LocalDate day) {
    return it.pianodizona.rules.spi.PlanDates.notAfter(date, day);
  }
}
