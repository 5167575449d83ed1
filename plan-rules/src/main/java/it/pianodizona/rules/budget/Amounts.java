package it.pianodizona.rules.budget;

import it.pianodizona.model.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Confronti tra importi: money and percentage arithmetic shared by the budget rules. */
final class Amounts {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Amounts() {}

  /** Whether two amounts differ by more than the tolerance. */
  static boolean differ(Money a, Money b, Money tolerance) {
    return a.minus(b).amount().abs().compareTo(tolerance.amount()) > 0;
  }

  /** {@code part} as a percentage of {@code whole}, to {@code scale} decimals, half up. */
  static BigDecimal percentage(Money part, Money whole, int scale) {
    return part.amount().multiply(HUNDRED).divide(whole.amount(), scale, RoundingMode.HALF_UP);
  }
}
