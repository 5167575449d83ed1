package it.pianodizona.rules.governance;

import static it.pianodizona.rules.spi.PlanFields.GOVERNANCE_BODIES;
import static it.pianodizona.rules.spi.PlanFields.SEAT_RULES;

import com.google.common.collect.ImmutableListMultimap;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.governance.BodyMember;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.governance.SeatBasis;
import it.pianodizona.model.governance.SeatRule;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.model.territory.SubDistrict;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every sub-district has the seats a per-sub-district rule declares ("tre rappresentanti di
 * ogni sub ambito"). A member's sub-district is the one it is seated for, else that of its
 * municipality; where some member's cannot be told, only the total is compared.
 */
final class SubDistrictSeatsMismatch extends AbstractRule {

  SubDistrictSeatsMismatch() {
    super("SUB_DISTRICT_SEATS_MISMATCH", RuleFamily.GOVERNANCE, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    List<SubDistrict> subDistricts = plan.district().subDistricts();
    if (subDistricts.isEmpty()) {
      return;
    }
    for (int b = 0; b < plan.governanceBodies().size(); b++) {
      GovernanceBody body = plan.governanceBodies().get(b);
      ImmutableListMultimap<String, Integer> byRule = context.fact(Seats.MEMBERS_BY_RULE).get(b);
      for (int r = 0; r < body.seatRules().size(); r++) {
        SeatRule rule = body.seatRules().get(r);
        if (rule.basis() != SeatBasis.PER_SUB_DISTRICT || !byRule.containsKey(rule.id())) {
          continue;
        }
        Pointer path = Pointer.root().item(GOVERNANCE_BODIES, b).item(SEAT_RULES, r);
        Map<String, Integer> perSub = new HashMap<>();
        boolean allKnown = true;
        for (int m : byRule.get(rule.id())) {
          Optional<String> sub = subDistrictOf(body.members().get(m), plan);
          if (sub.isPresent()) {
            perSub.merge(sub.get(), 1, Integer::sum);
          } else {
            allKnown = false;
          }
        }
        if (!allKnown) {
          int expected = rule.seats() * subDistricts.size();
          int filled = byRule.get(rule.id()).size();
          if (filled != expected) {
            context.finding(path).with("body", body.name()).with("rule", rule.statedAs())
                .with("expected", expected).with("actual", filled).variant("total").report();
          }
          continue;
        }
        for (SubDistrict sub : subDistricts) {
          int filled = perSub.getOrDefault(sub.id(), 0);
          if (filled != rule.seats()) {
            context.finding(path).with("body", body.name()).with("rule", rule.statedAs())
                .with("subDistrict", sub.name()).with("expected", rule.seats()).with("actual", filled)
                .variant(filled == 0 ? "missing" : "count").report();
          }
        }
      }
    }
  }

  private static Optional<String> subDistrictOf(BodyMember member, ZonePlan plan) {
    return member.subDistrictId().or(() -> member.partyId()
        .map(plan.partiesById()::get)
        .filter(Municipality.class::isInstance)
        .map(Municipality.class::cast)
        .flatMap(Municipality::subDistrictId));
  }
}
