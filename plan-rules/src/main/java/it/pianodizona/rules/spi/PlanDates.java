package it.pianodizona.rules.spi;

import it.pianodizona.model.common.DateWindow;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.common.PlanPeriod;
import java.time.LocalDate;

/**
 * Confronti tra date parziali: comparisons that give a partial date ("entro giugno 2015",
 * "nel 2017") the benefit of the doubt: a statement is outside a period only if every day it can
 * mean is outside.
 */
public final class PlanDates {

  private PlanDates() {}

  /** Whether every day the date can mean lies outside the period. */
  public static boolean outside(PartialDate date, PlanPeriod period) {
    return date.earliest().isAfter(period.end()) || date.latest().isBefore(period.start());
  }

  /** Whether every day from {@code date} to {@code end} lies outside the window. */
  public static boolean outside(PartialDate date, LocalDate end, DateWindow window) {
    return date.earliest().isAfter(window.to().latest()) || end.isBefore(window.from().earliest());
  }

  /** Whether every day the date can mean is on or before {@code day}. */
  public static boolean notAfter(PartialDate date, LocalDate day) {
    return !date.latest().isAfter(day);
  }
}
