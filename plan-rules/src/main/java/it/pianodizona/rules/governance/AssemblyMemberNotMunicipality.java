package it.pianodizona.rules.governance;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.governance.BodyMember;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.governance.GovernanceBodyKind;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.model.territory.Party;
import it.pianodizona.rules.AbstractRule;
import it.pianodizona.rules.Citations;
import it.pianodizona.rules.JsonPointers;
import it.pianodizona.rules.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;

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
          context.finding(JsonPointers.of("governanceBodies", b, "members", m))
              .with("body", body.name())
              .with("party", party.name())
              .with("kind", party.kind())
              .report();
        }
      }
    }
  }
}
