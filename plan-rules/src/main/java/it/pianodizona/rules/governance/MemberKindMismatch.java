package it.pianodizona.rules.governance;

import static it.pianodizona.rules.spi.PlanFields.GOVERNANCE_BODIES;
import static it.pianodizona.rules.spi.PlanFields.MEMBERS;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.governance.BodyMember;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.governance.SeatBasis;
import it.pianodizona.model.governance.SeatRule;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.Party;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.HashMap;
import java.util.Map;

/**
 * A member on a seat for a kind of organisation ("1 componente per le associazioni di
 * volontariato") represents an organisation of that kind.
 */
final class MemberKindMismatch extends AbstractRule {

  MemberKindMismatch() {
    super("MEMBER_KIND_MISMATCH", RuleFamily.GOVERNANCE, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    for (int b = 0; b < plan.governanceBodies().size(); b++) {
      GovernanceBody body = plan.governanceBodies().get(b);
      Map<String, SeatRule> rules = new HashMap<>();
      body.seatRules().forEach(r -> rules.putIfAbsent(r.id(), r));
      for (int m = 0; m < body.members().size(); m++) {
        BodyMember member = body.members().get(m);
        SeatRule rule = member.seatRuleId().map(rules::get).orElse(null);
        Party party = member.partyId().map(plan.partiesById()::get).orElse(null);
        if (rule == null || party == null || rule.basis() != SeatBasis.PER_ORGANISATION_KIND) {
          continue;
        }
        Pointer path = Pointer.root().item(GOVERNANCE_BODIES, b).item(MEMBERS, m);
        if (rule.organisationKind().isPresent() && !party.kind().isA(rule.organisationKind().get())) {
          context.finding(path).with("body", body.name()).with("party", party.name())
              .with("expected", rule.organisationKind().get()).with("actual", party.kind())
              .with("rule", rule.statedAs()).report();
        } else if (rule.thirdSectorKind().isPresent() && party instanceof Organisation
            && ((Organisation) party).thirdSectorKind().isPresent()
            && ((Organisation) party).thirdSectorKind().get() != rule.thirdSectorKind().get()) {
          context.finding(path).with("body", body.name()).with("party", party.name())
              .with("expected", rule.thirdSectorKind().get())
              .with("actual", ((Organisation) party).thirdSectorKind().get())
              .with("rule", rule.statedAs()).report();
        }
      }
    }
  }
}
