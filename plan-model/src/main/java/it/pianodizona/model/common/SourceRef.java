package it.pianodizona.model.common;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Fonte: where a fact comes from (document, section or page, and optionally the quoted words),
 * so that every element of a plan can be traced back to its source.
 */
@Value.Immutable
public interface SourceRef {

  /** The document, e.g. "Piano di Zona 2015-2017, Ambito Distrettuale di Crema". */
  String document();

  /** Section, page or paragraph, e.g. "Gli obiettivi per il triennio, Obiettivo n. 1". */
  Optional<String> locator();

  /** The quoted words, where a short quotation settles what the fact is. */
  Optional<String> quote();

  static ImmutableSourceRef.Builder builder() {
    return ImmutableSourceRef.builder();
  }

  static SourceRef of(String document, String locator) {
    return builder().document(document).locator(locator).build();
  }
}
