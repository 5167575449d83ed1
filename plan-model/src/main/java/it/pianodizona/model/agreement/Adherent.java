package it.pianodizona.model.agreement;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Aderente: a third-sector or other actor that adheres, on its own request, to the programme
 * agreement (L. 328/2000 art. 19 c.3; l.r. Lombardia 3/2008 art. 18 c.7).
 */
@Value.Immutable
public interface Adherent {

  String partyId();

  Optional<LocalDate> requestedOn();

  Optional<LocalDate> adheredOn();

  Optional<String> notes();

  static ImmutableAdherent.Builder builder() {
    return ImmutableAdherent.builder();
  }

  static Adherent of(String partyId) {
    return builder().partyId(partyId).build();
  }
}
