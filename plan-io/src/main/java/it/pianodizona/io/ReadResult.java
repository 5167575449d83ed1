package it.pianodizona.io;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ZonePlan;
import org.immutables.value.Value;

/** Esito della lettura: the plan read, and the warnings a lenient reader collected on the way. */
@Value.Immutable
public interface ReadResult {

  ZonePlan plan();

  /** In document order; always empty for a strict reader. */
  ImmutableList<ReadWarning> warnings();

  static ImmutableReadResult.Builder builder() {
    return ImmutableReadResult.builder();
  }
}
