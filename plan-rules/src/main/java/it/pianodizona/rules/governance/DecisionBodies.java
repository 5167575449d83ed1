package it.pianodizona.rules.governance;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.governance.GovernanceBodyKind;
import it.pianodizona.model.governance.Power;
import it.pianodizona.rules.spi.PlanFact;

/**
 * Organi decisionali: the bodies that decide on the plan. The board and assembly of a
 * consortium company decide on the company's affairs, not on the plan, so they do not count.
 */
final class DecisionBodies {

  /** Indexes of the bodies with the power to decide on the plan. */
  static final PlanFact<ImmutableList<Integer>> INDEXES = PlanFact.of("decision bodies", DecisionBodies::of);

  private DecisionBodies() {}

  private static ImmutableList<Integer> of(ZonePlan plan) {
    ImmutableList.Builder<Integer> deciders = ImmutableList.builder();
    for (int b = 0; b < plan.governanceBodies().size(); b++) {
      GovernanceBody body = plan.governanceBodies().get(b);
      if (body.powers().contains(Power.DECIDES) && !isCompanyBody(body)) {
        deciders.add(b);
      }
    }
    return deciders.build();
  }

  /** Whether the body is the board or assembly of a consortium company rather than of the plan. */
  static boolean isCompanyBody(GovernanceBody body) {
    return body.kind() == GovernanceBodyKind.BOARD || body.kind() == GovernanceBodyKind.CONSORTIUM_ASSEMBLY;
  }
}
