package it.pianodizona.rules.governance;

import static it.pianodizona.rules.spi.PlanFields.GOVERNANCE_BODIES;
import static it.pianodizona.rules.spi.PlanFields.MEMBERS;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.governance.BodyMember;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.governance.GovernanceBodyKind;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.model.territory.Party;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;

/**
 * The assembly of mayors is made of the district's municipalities: a member that stands for
 * another body is reported.
 */
final class AssemblyMemberNotMunicipality extends AbstractRule {

  AssemblyMemberNotMunicipality() {
    super("ASSEMBLY_MEMBER_NOT_MUNICIPALITY", RuleFamily.GOVERNANCE, Severity.WARNING,
        Citations.LOMBARDIA_LR3_2008_ART18 + "; " + Citations.L328_ART19_C1);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    for (int b = 0; b < plan.governanceBodies().size(); b++) {
      GovernanceBody body = plan.governanceBodies().get(b);
      if (body.kind() != GovernanceBodyKind.MAYORS_ASSEMBLY) {
        continue;
      }
      for (int m = 0; m < body.members().size(); m++) {
        BodyMember member = body.members().get(m);
        Party party = member.partyId().map(plan.partiesById()::get).orElse(null);
        if (party != null && !(party instanceof Municipality)) {
          context.finding(Pointer.root().item(GOVERNANCE_BODIES, b).item(MEMBERS, m))
              .with("body", body.name())
              .with("party", party.name())
              .with("kind", party.kind())
              .report();
        }
      }
    }
  }
}
