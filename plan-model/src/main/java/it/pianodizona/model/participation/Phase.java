package it.pianodizona.model.participation;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.common.DateWindow;
import it.pianodizona.model.common.SourceRef;
import it.pianodizona.model.common.Traceable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Fase del percorso: a declared stage of the drafting process, with the window the document
 * gives it ("in questa prima fase, da ottobre a dicembre").
 */
@Value.Immutable
public interface Phase extends Traceable {

  String id();

  String name();

  Optional<DateWindow> window();

  Optional<String> description();

  static ImmutablePhase.Builder builder() {
    return ImmutablePhase.builder();
  }

  @Override
  Optional<String> notes();

  @Override
  ImmutableList<SourceRef> sources();
}
