package it.pianodizona.model.common;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * Elemento tracciabile: an element that carries free-text notes and the citations of the
 * documents it was taken from.
 */
public interface Traceable {

  /** Free-text notes, e.g. why an ambiguous statement was encoded the way it was. */
  Optional<String> notes();

  /** The places in the source documents that state this element. */
  ImmutableList<SourceRef> sources();
}
