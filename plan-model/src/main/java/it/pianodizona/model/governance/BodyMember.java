package it.pianodizona.model.governance;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Componente: an actual member of a governance body: a party, a named person, or both, with
 * the seat rule and sub-district the seat is filled for.
 */
@Value.Immutable
public interface BodyMember {

  /** The municipality or organisation the member represents. */
  Optional<String> partyId();

  /** The person, where named, e.g. "Valeria Patelli". */
  Optional<String> personName();

  /** E.g. "presidente", "Assessore al Welfare", "coordinatore dell'Ufficio di Piano". */
  Optional<String> role();

  /** The seat rule this member fills. */
  Optional<String> seatRuleId();

  /** The sub-district the seat stands for. */
  Optional<String> subDistrictId();

  Optional<String> notes();

  static ImmutableBodyMember.Builder builder() {
    return ImmutableBodyMember.builder();
  }
}
