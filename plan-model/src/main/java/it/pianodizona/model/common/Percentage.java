package it.pianodizona.model.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Percentuale: a share between 0 and 100 percent, as a plan declares it (e.g. "29%").
 *
 * <p>A share above 100% or below 0% cannot be a share of anything and is rejected. The value
 * keeps the precision it was given, so that a rule can compare it with the figures it is
 * computed from using the rounding the document used.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Percentage implements Comparable<Percentage> {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The percentage value, 0 to 100. */
  @Value.Parameter
  public abstract BigDecimal value();

  public static Percentage of(BigDecimal value) {
    return ImmutablePercentage.of(value);
  }

  public static Percentage of(String value) {
    try {
      return of(new BigDecimal(value));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a decimal percentage: '" + value + "'", e);
    }
  }

  @Value.Check
  protected void check() {
    checkArgument(value().signum() >= 0 && value().compareTo(HUNDRED) <= 0,
        "a percentage is between 0 and 100, got %s", value().toPlainString());
  }

  @Override
  public int compareTo(Percentage other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value().toPlainString() + "%";
  }
}
