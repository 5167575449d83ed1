package it.pianodizona.rules.governance;

import static it.pianodizona.rules.spi.PlanFields.GOVERNANCE_BODIES;
import static it.pianodizona.rules.spi.PlanFields.SEAT_RULES;

import com.google.common.collect.ImmutableListMultimap;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.governance.SeatBasis;
import it.pianodizona.model.governance.SeatRule;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.HashMap;
import java.util.Map;

/**
 * Every member municipality has the seats a per-municipality rule declares ("tutti i Sindaci
 * dei Comuni dell'ambito").
 */
final class MunicipalitySeatsMismatch extends AbstractRule {

  MunicipalitySeatsMismatch() {
    super("MUNICIPALITY_SEATS_MISMATCH", RuleFamily.GOVERNANCE, Severity.WARNING,
        Citations.PLAN_DOCUMENT + "; " + Citations.L328_ART19_C1);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    for (int b = 0; b < plan.governanceBodies().size(); b++) {
      GovernanceBody body = plan.governanceBodies().get(b);
      ImmutableListMultimap<String, Integer> byRule = context.fact(Seats.MEMBERS_BY_RULE).get(b);
      for (int r = 0; r < body.seatRules().size(); r++) {
        SeatRule rule = body.seatRules().get(r);
        if (rule.basis() != SeatBasis.PER_MUNICIPALITY || !byRule.containsKey(rule.id())) {
          continue;
        }
        Map<String, Integer> perMunicipality = new HashMap<>();
        for (int m : byRule.get(rule.id())) {
          body.members().get(m).partyId().ifPresent(p -> perMunicipality.merge(p, 1, Integer::sum));
        }
        for (Municipality municipality : plan.district().municipalities()) {
          int filled = perMunicipality.getOrDefault(municipality.id(), 0);
          if (filled != rule.seats()) {
            context.finding(Pointer.root().item(GOVERNANCE_BODIES, b).item(SEAT_RULES, r))
                .with("body", body.name())
                .with("municipality", municipality.name())
                .with("expected", rule.seats())
                .with("actual", filled)
                .variant(filled == 0 ? "missing" : "count")
                .report();
          }
        }
      }
    }
  }
}
