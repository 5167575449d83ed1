package it.pianodizona.model;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.common.SourceRef;
import it.pianodizona.model.common.Traceable;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Piano operativo annuale / programma attuativo annuale: the yearly plan that details budgets
 * and actions within the triennial plan.
 */
@Value.Immutable
public interface AnnualOperatingPlan extends Traceable {

  Year year();

  String title();

  Optional<LocalDate> adoptedOn();

  Optional<String> description();

  static ImmutableAnnualOperatingPlan.Builder builder() {
    return ImmutableAnnualOperatingPlan.builder();
  }

  @Override
  Optional<String> notes();

  @Override
  ImmutableList<SourceRef> sources();
}
