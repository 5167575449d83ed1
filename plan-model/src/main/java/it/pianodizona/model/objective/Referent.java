package it.pianodizona.model.objective;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Referente (integrazione): who answers for an objective. Documents often name a category
 * ("Terzo Settore", "Servizio Sociale Territoriale") rather than an organisation, so the label
 * is required and the organisation id optional.
 */
@Value.Immutable
public interface Referent {

  /** The referent as the document names it, e.g. "Comunità Sociale Cremasca a.s.c.". */
  String label();

  /** The party, where the referent is one identified municipality or organisation. */
  Optional<String> partyId();

  /** The role, e.g. "referente". */
  Optional<String> role();

  static ImmutableReferent.Builder builder() {
    return ImmutableReferent.builder();
  }
}
