package it.pianodizona.model.governance;

import static com.google.common.base.Preconditions.checkArgument;

import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.model.territory.ThirdSectorKind;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Regola di composizione: a declared rule for the seats of a body, such as "tre rappresentanti
 * di ogni sub ambito" (3 per sub-district) or "1 componente per le associazioni di volontariato"
 * (1 for voluntary organisations).
 */
@Value.Immutable
public interface SeatRule {

  String id();

  SeatBasis basis();

  /** Seats for each unit of the basis (each sub-district, each municipality) or in all. */
  int seats();

  /** For {@link SeatBasis#PER_ORGANISATION_KIND}: the kind that fills the seats. */
  Optional<OrganisationKind> organisationKind();

  /** For third-sector seats: the kind of entity, e.g. voluntary organisations. */
  Optional<ThirdSectorKind> thirdSectorKind();

  /** The role, e.g. "Sindaco o Assessore", "referente". */
  Optional<String> role();

  /** The document's words for the rule. */
  String statedAs();

  static ImmutableSeatRule.Builder builder() {
    return ImmutableSeatRule.builder();
  }

  @Value.Check
  default void check() {
    checkArgument(seats() >= 0, "seat rule '%s' cannot have %s seats", id(), seats());
  }
}
