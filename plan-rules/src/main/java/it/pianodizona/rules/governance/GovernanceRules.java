package it.pianodizona.rules.governance;

import com.google.common.collect.ImmutableList;
import it.pianodizona.rules.spi.Rule;

/** Regole di governance: the governance family, in catalogue order. */
public final class GovernanceRules {

  private GovernanceRules() {}

  public static ImmutableList<Rule> all() {
    return ImmutableList.of(
        new DecisionBodyMissing(),
        new DecisionBodyNotUnique(),
        new DecisionBodyWrongKind(),
        new AssemblyMemberNotMunicipality(),
        new MunicipalitySeatsMismatch(),
        new SubDistrictSeatsMismatch(),
        new SeatCountMismatch(),
        new MemberKindMismatch(),
        new MeetingsBelowCadence(),
        new SeatRuleWithoutSeats(),
        new BodySeatsWithoutMembers());
  }
}
