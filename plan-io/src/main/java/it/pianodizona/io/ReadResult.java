package it.pianodizona.io;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ZonePlan;
import org.immutables.value.Value;

/** Esito della lettura: the plan read, and the warnings a lenient reader collected on the way. */
@Value.Immutable
public interface ReadResult {

  ZonePlan plan();

  /**
   * In document order; always empty for a strict reader. At most the first hundred unknown
   * fields are listed, each with its location; past them one last warning, located at the
   * first not listed, counts the rest — so that a document of nothing but unknown fields costs
   * no more memory than it has bytes.
   */
  ImmutableList<ReadWarning> warnings();

  static ImmutableReadResult.Builder builder() {
    return ImmutableReadResult.builder();
  }
}
