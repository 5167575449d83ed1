package it.pianodizona.model;

import it.pianodizona.model.common.PlanPeriod;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Piano precedente: a reference to another plan, typically the predecessor ("4° Piano di Zona
 * 2012-2014"), by id where it is known to the system and by title and period as stated.
 */
@Value.Immutable
public interface PlanReference {

  Optional<String> planId();

  String title();

  Optional<PlanPeriod> period();

  static ImmutablePlanReference.Builder builder() {
    return ImmutablePlanReference.builder();
  }
}
