package it.pianodizona.rules.integrity;

import static it.pianodizona.rules.spi.PlanFields.DISTRICT;
import static it.pianodizona.rules.spi.PlanFields.HEALTH_AUTHORITY_ID;
import static it.pianodizona.rules.spi.PlanFields.LEAD_MUNICIPALITY_ID;
import static it.pianodizona.rules.spi.PlanFields.MUNICIPALITY_ID;
import static it.pianodizona.rules.spi.PlanFields.ORGANISATIONS;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.model.territory.Party;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.Optional;

/**
 * A reference points to the kind of party its field is for: the lead municipality and an
 * organisation's municipality are member municipalities, the district's health authority is a
 * health authority.
 */
final class PartyKindMismatch extends AbstractRule {

  PartyKindMismatch() {
    super("PARTY_KIND_MISMATCH", RuleFamily.INTEGRITY, Severity.WARNING, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    municipality(plan, context, plan.district().leadMunicipalityId(), Pointer.root().field(DISTRICT).field(LEAD_MUNICIPALITY_ID));
    plan.district().healthAuthorityId().map(plan.partiesById()::get)
        .filter(p -> p.kind() != OrganisationKind.HEALTH_AUTHORITY)
        .ifPresent(p -> report(context, p, OrganisationKind.HEALTH_AUTHORITY, Pointer.root().field(DISTRICT).field(HEALTH_AUTHORITY_ID)));
    for (int i = 0; i < plan.organisations().size(); i++) {
      municipality(plan, context, plan.organisations().get(i).municipalityId(), Pointer.root().item(ORGANISATIONS, i).field(MUNICIPALITY_ID));
    }
  }

  private static void municipality(ZonePlan plan, RuleContext context, Optional<String> id, Pointer path) {
    id.map(plan.partiesById()::get)
        .filter(p -> !(p instanceof Municipality))
        .ifPresent(p -> report(context, p, OrganisationKind.MUNICIPALITY, path));
  }

  private static void report(RuleContext context, Party party, OrganisationKind expected, Pointer path) {
    context.finding(path)
        .with("party", party.name())
        .with("expected", expected)
        .with("actual", party.kind())
        .report();
  }
}
