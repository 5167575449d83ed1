package it.pianodizona.overview;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Statistica descrittiva: count, sum, minimum, quartiles, median and maximum of the values that
 * are known. Unknown values are left out, never counted as zero; with no known value every
 * figure is absent. Quartiles are interpolated linearly between ranks (R's type 7, Excel's
 * QUARTILE.INC), in exact decimals.
 */
@Value.Immutable
public abstract class Stat {

  /** How many values were known. */
  public abstract int count();

  public abstract Optional<BigDecimal> sum();

  public abstract Optional<BigDecimal> min();

  public abstract Optional<BigDecimal> firstQuartile();

  public abstract Optional<BigDecimal> median();

  public abstract Optional<BigDecimal> thirdQuartile();

  public abstract Optional<BigDecimal> max();

  /** The statistics of no value: a count of zero and every figure absent. */
  public static Stat empty() {
    return ImmutableStat.builder().count(0).build();
  }

  /** The statistics of these known values. */
  public static Stat of(Collection<BigDecimal> known) {
    if (known.isEmpty()) {
      return empty();
    }
    List<BigDecimal> sorted = new ArrayList<>(known);
    sorted.sort(null);
    BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return ImmutableStat.builder()
        .count(sorted.size())
        .sum(sum)
        .min(sorted.get(0))
        .firstQuartile(quantile(sorted, 1))
        .median(quantile(sorted, 2))
        .thirdQuartile(quantile(sorted, 3))
        .max(sorted.get(sorted.size() - 1))
        .build();
  }

  /**
   * The {@code quarter}/4 quantile of sorted values: rank h = (n - 1) * q / 4, then linear
   * interpolation between the values at floor(h) and floor(h) + 1. The fraction is a multiple
   * of a quarter, so the result is exact.
   */
  static BigDecimal quantile(List<BigDecimal> sorted, int quarter) {
    checkArgument(quarter >= 0 && quarter <= 4, "a quarter from 0 to 4, got %s", quarter);
    int scaled = (sorted.size() - 1) * quarter;
    int low = scaled / 4;
    int remainder = scaled % 4;
    BigDecimal base = sorted.get(low);
    if (remainder == 0) {
      return base;
    }
    BigDecimal step = sorted.get(low + 1).subtract(base);
    return base.add(step.multiply(BigDecimal.valueOf(remainder)).divide(BigDecimal.valueOf(4)));
  }
}
