package it.pianodizona.model.budget;

import it.pianodizona.model.common.Money;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Voce di consuntivo: what was spent on one item in one past year. An absent amount is a blank
 * cell, not a zero.
 */
@Value.Immutable
public interface ActualsLine {

  /** The group the item is printed under, e.g. "PRESA IN CARICO INTEGRATA". */
  Optional<String> category();

  String item();

  Year year();

  Optional<Money> amount();

  /** The cell as printed where it is not a plain amount, e.g. "€ -". */
  Optional<String> statedAs();

  static ImmutableActualsLine.Builder builder() {
    return ImmutableActualsLine.builder();
  }
}
