package it.pianodizona.model.participation;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.common.SourceRef;
import it.pianodizona.model.common.Traceable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Tavolo di lavoro: a thematic, plenary or co-programming table where the actors of the
 * territory draw up the plan, with the target groups and policy areas it covers.
 */
@Value.Immutable
public interface WorkTable extends Traceable {

  String id();

  String name();

  WorkTableKind kind();

  /** The sub-district the table belongs to; absent for a district-level table. */
  Optional<String> subDistrictId();

  /** The phase it works in. */
  Optional<String> phaseId();

  /** The call the table was set up by, e.g. a co-programming call. */
  Optional<String> callId();

  ImmutableList<String> targetGroupIds();

  ImmutableList<String> policyAreaIds();

  ImmutableList<String> strategicAreaIds();

  /** The parties that take part. */
  ImmutableList<String> participantIds();

  /**
   * Soggetto di appartenenza: the party the table belongs to, e.g. the network (rete) whose
   * table it is; absent where it is the district's own (schema 1.1).
   */
  Optional<String> ownerPartyId();

  /** Premialità: whether the table works towards regional reward funding. */
  @Value.Default
  default boolean rewardFunding() {
    return false;
  }

  Optional<String> description();

  static ImmutableWorkTable.Builder builder() {
    return ImmutableWorkTable.builder();
  }

  @Override
  Optional<String> notes();

  @Override
  ImmutableList<SourceRef> sources();
}
