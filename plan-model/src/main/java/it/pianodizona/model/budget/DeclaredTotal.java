package it.pianodizona.model.budget;

import it.pianodizona.model.common.Money;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Totale dichiarato: a total as printed in the document, for a year and optionally for one
 * objective. Kept apart from the lines so a rule can compare the two.
 */
@Value.Immutable
public interface DeclaredTotal {

  Year year();

  /** The objective the total is for; absent for the total of all lines. */
  Optional<String> objectiveId();

  Money amount();

  Optional<String> statedAs();

  static ImmutableDeclaredTotal.Builder builder() {
    return ImmutableDeclaredTotal.builder();
  }

  static DeclaredTotal of(Year year, Money amount) {
    return builder().year(year).amount(amount).build();
  }
}
