package it.pianodizona.model.budget;

import it.pianodizona.model.common.Money;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Spesa sociale distrettuale: the district's total social spending in a year, the denominator
 * of the share managed at district level.
 */
@Value.Immutable
public interface DistrictSocialSpending {

  Year year();

  Money amount();

  Optional<String> statedAs();

  static ImmutableDistrictSocialSpending.Builder builder() {
    return ImmutableDistrictSocialSpending.builder();
  }

  static DistrictSocialSpending of(Year year, Money amount) {
    return builder().year(year).amount(amount).build();
  }
}
