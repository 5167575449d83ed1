package it.pianodizona.model.governance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import it.pianodizona.model.common.SourceRef;
import it.pianodizona.model.common.Traceable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Organo di governo: a body of the plan's governance (assemblea dei sindaci, comitato
 * ristretto, ufficio di piano, cabina di regia, organismo di valutazione, CdA ...), with its
 * declared composition rules, actual members, meeting cadence and powers.
 */
@Value.Immutable
public interface GovernanceBody extends Traceable {

  String id();

  GovernanceBodyKind kind();

  String name();

  Optional<String> description();

  /** The party that coordinates or chairs the body, e.g. the lead municipality. */
  Optional<String> coordinatorId();

  /**
   * Soggetto di appartenenza: the party the body is an organ of, e.g. a town council's
   * municipality or a board's consortium company; absent for the district's own bodies
   * (schema 1.1).
   */
  Optional<String> ownerPartyId();

  ImmutableList<SeatRule> seatRules();

  ImmutableList<BodyMember> members();

  Optional<Cadence> cadence();

  @Value.NaturalOrder
  ImmutableSortedSet<Power> powers();

  static ImmutableGovernanceBody.Builder builder() {
    return ImmutableGovernanceBody.builder();
  }

  @Override
  Optional<String> notes();

  @Override
  ImmutableList<SourceRef> sources();
}
