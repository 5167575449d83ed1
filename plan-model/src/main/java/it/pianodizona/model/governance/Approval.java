package it.pianodizona.model.governance;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.common.SourceRef;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Atto di approvazione: one step of the chain by which a plan is approved — who acted (a
 * governance body or a party), by which kind of act and number, when, with what outcome. In
 * Puglia, for example, the Coordinamento istituzionale approves, each town council approves, the
 * region gives its opinion and a conferenza di servizi adopts the plan: four acts in sequence,
 * listed in {@code ZonePlan.approvals()} in the order they were taken.
 */
@Value.Immutable
public interface Approval {

  /** The governance body that acted, a governance body id. */
  Optional<String> bodyId();

  /** The party that acted (a municipality, the region, the health authority), a party id. */
  Optional<String> partyId();

  ApprovalActKind actKind();

  /** The act's number as printed, e.g. "n. 12" or "DGR 1234/2022". */
  Optional<String> actNumber();

  /** The act's date, as precisely as the source gives it. */
  Optional<PartialDate> date();

  Optional<ApprovalOutcome> outcome();

  /** The source's words, e.g. "approvato con deliberazione del Coordinamento istituzionale n. 3". */
  Optional<String> statedAs();

  ImmutableList<SourceRef> sources();

  static ImmutableApproval.Builder builder() {
    return ImmutableApproval.builder();
  }

  @Value.Check
  default void check() {
    checkArgument(bodyId().isPresent() || partyId().isPresent() || statedAs().isPresent(),
        "an approval names the body or party that acted, or states it in words");
  }
}
