package it.pianodizona.model.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * Importo in euro: an amount of money in euros, exact to the cent.
 *
 * <p>Always held with scale 2, so {@code Money.of("15000")} equals {@code Money.of("15000.00")}.
 * An amount with more than two decimals is rejected: a euro figure with a fraction of a cent
 * cannot come from a plan. Negative amounts are representable, because accounting corrections
 * exist and a plan that prints one must still load; the rules report them.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Money implements Comparable<Money> {

  /** Zero euros. */
  public static final Money ZERO = of(BigDecimal.ZERO);

  /** The amount in euros, scale 2. */
  @Value.Parameter
  public abstract BigDecimal amount();

  /** Money from a decimal amount in euros with at most two decimals. */
  public static Money of(BigDecimal euros) {
    checkArgument(euros != null, "amount must not be null");
    if (euros.scale() == 2) {
      return ImmutableMoney.of(euros);
    }
    // The message is built only on failure: Money.of runs for every amount of every plan read.
    if (euros.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          "an amount in euros has at most 2 decimals, got " + euros.toPlainString());
    }
    return ImmutableMoney.of(euros.setScale(2, RoundingMode.UNNECESSARY));
  }

  /** Money from a plain decimal string such as {@code "304070.87"}. */
  public static Money of(String euros) {
    checkArgument(euros != null, "amount must not be null");
    try {
      return of(new BigDecimal(euros));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a decimal amount: '" + euros + "'", e);
    }
  }

  /** Money from a whole number of cents. */
  public static Money ofCents(long cents) {
    return of(BigDecimal.valueOf(cents, 2));
  }

  @Value.Check
  protected void check() {
    checkArgument(amount().scale() == 2, "Money must be built through Money.of");
  }

  public Money plus(Money other) {
    return of(amount().add(other.amount()));
  }

  public Money minus(Money other) {
    return of(amount().subtract(other.amount()));
  }

  public boolean isNegative() {
    return amount().signum() < 0;
  }

  @Override
  public int compareTo(Money other) {
    return amount().compareTo(other.amount());
  }

  /** The plain amount, e.g. {@code 304070.87}. */
  @Override
  public String toString() {
    return amount().toPlainString();
  }
}
