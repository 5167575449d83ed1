package it.pianodizona.model.agreement;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** Sottoscrittore: a public body that signs the programme agreement. */
@Value.Immutable
public interface Signatory {

  String partyId();

  Optional<LocalDate> signedOn();

  /** Who signed for the body, e.g. "il Sindaco". */
  Optional<String> signedBy();

  Optional<String> notes();

  static ImmutableSignatory.Builder builder() {
    return ImmutableSignatory.builder();
  }

  static Signatory of(String partyId) {
    return builder().partyId(partyId).build();
  }
}
