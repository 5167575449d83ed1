package it.pianodizona.rules.eligibility;

import com.google.common.collect.ImmutableSet;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.Signatory;
import it.pianodizona.rules.spi.PlanFact;
import java.util.Optional;

/** Sottoscrittori: the party ids that sign the agreement, when the plan lists any. */
final class Signatories {

  /** The signatories' party ids; empty when there is no agreement or it lists no signatory. */
  static final PlanFact<Optional<ImmutableSet<String>>> PARTY_IDS = PlanFact.of("signatories", Signatories::of);

  private Signatories() {}

  private static Optional<ImmutableSet<String>> of(ZonePlan plan) {
    return plan.agreement()
        .filter(a -> !a.signatories().isEmpty())
        .map(a -> a.signatories().stream().map(Signatory::partyId).collect(ImmutableSet.toImmutableSet()));
  }
}
