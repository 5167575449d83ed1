package it.pianodizona.model.budget;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.common.SourceRef;
import it.pianodizona.model.common.Traceable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Consuntivo: spending of past years by item, as the plan reports it (e.g. "Risorse triennio
 * 2012-2014"), with the totals it prints.
 */
@Value.Immutable
public interface Actuals extends Traceable {

  Optional<String> title();

  ImmutableList<ActualsLine> lines();

  ImmutableList<DeclaredTotal> declaredTotals();

  static ImmutableActuals.Builder builder() {
    return ImmutableActuals.builder();
  }

  @Override
  Optional<String> notes();

  @Override
  ImmutableList<SourceRef> sources();
}
