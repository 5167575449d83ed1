package it.pianodizona.model.common;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import org.immutables.value.Value;

/**
 * Periodo (triennio di programmazione): a closed range of days, such as the plan's three
 * years or an agreement's duration ("1° maggio 2015 – 31 dicembre 2017").
 *
 * <p>A period that ends before it starts is rejected.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class PlanPeriod {

  @Value.Parameter
  public abstract LocalDate start();

  @Value.Parameter
  public abstract LocalDate end();

  public static PlanPeriod of(LocalDate start, LocalDate end) {
    return ImmutablePlanPeriod.of(start, end);
  }

  /** From 1 January of the first year to 31 December of the last. */
  public static PlanPeriod ofYears(int firstYear, int lastYear) {
    return of(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
  }

  @Value.Check
  protected void check() {
    checkArgument(!end().isBefore(start()),
        "a period cannot end (%s) before it starts (%s)", end(), start());
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  /** Every calendar year the period touches, in order. */
  public ImmutableList<Year> years() {
    ImmutableList.Builder<Year> years = ImmutableList.builder();
    for (int y = start().getYear(); y <= end().getYear(); y++) {
      years.add(Year.of(y));
    }
    return years.build();
  }

  @Override
  public String toString() {
    return start() + "/" + end();
  }
}
