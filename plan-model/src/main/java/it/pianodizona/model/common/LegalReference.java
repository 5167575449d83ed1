package it.pianodizona.model.common;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Riferimento normativo: a citation of a law, decree, regional resolution or local act,
 * e.g. "L. 328/2000, art. 19 c.1" or "delibera del CdA n. 25 del 13 luglio 2022".
 */
@Value.Immutable
public interface LegalReference {

  LegalReferenceKind kind();

  /** The act as usually cited, e.g. "L. 328/2000". */
  String citation();

  /** Article, paragraph, letter, e.g. "art. 19 c.1". */
  Optional<String> article();

  Optional<String> title();

  /** Date of the act, where stated. */
  Optional<LocalDate> date();

  static ImmutableLegalReference.Builder builder() {
    return ImmutableLegalReference.builder();
  }

  static LegalReference of(LegalReferenceKind kind, String citation) {
    return builder().kind(kind).citation(citation).build();
  }
}
