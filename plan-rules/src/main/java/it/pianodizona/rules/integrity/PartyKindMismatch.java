package it.pianodizona.rules.integrity;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.model.territory.Party;
import it.pianodizona.rules.AbstractRule;
import it.pianodizona.rules.Citations;
import it.pianodizona.rules.JsonPointers;
import it.pianodizona.rules.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
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
    municipality(plan, context, plan.district().leadMunicipalityId(), "district", "leadMunicipalityId");
    plan.district().healthAuthorityId().map(plan.partiesById()::get)
        .filter(p -> p.kind() != OrganisationKind.HEALTH_AUTHORITY)
        .ifPresent(p -> report(context, p, OrganisationKind.HEALTH_AUTHORITY, "district", "healthAuthorityId"));
    for (int i = 0; i < plan.organisations().size(); i++) {
      municipality(plan, context, plan.organisations().get(i).municipalityId(), "organisations", i, "municipalityId");
    }
  }

  private static void municipality(ZonePlan plan, RuleContext context, Optional<String> id, Object... path) {
    id.map(plan.partiesById()::get)
        .filter(p -> !(p instanceof Municipality))
        .ifPresent(p -> report(context, p, OrganisationKind.MUNICIPALITY, path));
  }

  private static void report(RuleContext context, Party party, OrganisationKind expected, Object... path) {
    context.finding(JsonPointers.of(path))
        .with("party", party.name())
        .with("expected", expected)
        .with("actual", party.kind())
        .report();
  }
}
