package it.pianodizona.rules.governance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import it.pianodizona.model.governance.BodyMember;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.rules.spi.PlanFact;

/** Posti: a body's members grouped by the seat rule they fill. */
final class Seats {

  /** Of every governance body, in the plan's order, its member indexes by seat rule id. */
  static final PlanFact<ImmutableList<ImmutableListMultimap<String, Integer>>> MEMBERS_BY_RULE =
      PlanFact.of("members by seat rule", plan -> plan.governanceBodies().stream()
          .map(Seats::membersByRule).collect(ImmutableList.toImmutableList()));

  private Seats() {}

  /**
   * Member indexes by seat rule id; empty when no member names a seat rule, in which case the
   * plan lists members without tying them to rules and seats cannot be counted. A rule that no
   * member names is absent as well: the document lists the seats of other rules only (a partial
   * list, or one member tied to the chair), so that rule's seats are unknown rather than empty,
   * and the seat rules compare only the rules present here, one finding per real problem.
   */
  private static ImmutableListMultimap<String, Integer> membersByRule(GovernanceBody body) {
    ImmutableListMultimap.Builder<String, Integer> byRule = ImmutableListMultimap.builder();
    for (int m = 0; m < body.members().size(); m++) {
      BodyMember member = body.members().get(m);
      if (member.seatRuleId().isPresent()) {
        byRule.put(member.seatRuleId().get(), m);
      }
    }
    return byRule.build();
  }
}
