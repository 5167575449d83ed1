package it.pianodizona.rules.territory;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.ProgrammeAgreement;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.model.territory.Party;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import static it.pianodizona.rules.spi.PlanFields.*;

import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A municipality that signs or adheres to the programme agreement is a member of the district:
 * the plan is the associated municipalities' of the district (L. 328/2000 art. 19 c.1). A
 * municipality listed among the organisations, and not tied to a member, is not one. A WARNING:
 * the member list may be the incomplete one, which only the document can tell.
 */
final class NonMemberMunicipalityInAgreement extends AbstractRule {

  NonMemberMunicipalityInAgreement() {
    super("NON_MEMBER_MUNICIPALITY_IN_AGREEMENT", RuleFamily.TERRITORY, Severity.WARNING, Citations.L328_ART19_C1);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    if (plan.agreement().isEmpty()) {
      return;
    }
    ProgrammeAgreement agreement = plan.agreement().get();
    Set<String> members = plan.district().municipalities().stream()
        .map(m -> m.id()).collect(Collectors.toSet());
    for (int s = 0; s < agreement.signatories().size(); s++) {
      check(plan, context, members, agreement.signatories().get(s).partyId(), "", SIGNATORIES, s);
    }
    for (int a = 0; a < agreement.adherents().size(); a++) {
      check(plan, context, members, agreement.adherents().get(a).partyId(), "adherent", ADHERENTS, a);
    }
  }

  private static void check(ZonePlan plan, RuleContext context, Set<String> members, String partyId,
                            String variant, String list, int index) {
    Party party = plan.partiesById().get(partyId);
    if (party instanceof Organisation organisation && organisation.kind() == OrganisationKind.MUNICIPALITY
        && !organisation.municipalityId().filter(members::contains).isPresent()) {
      context.finding(Pointer.root().field(AGREEMENT).item(list, index).field(PARTY_ID))
          .with("municipality", organisation.name())
          .with("district", plan.district().name())
          .variant(variant)
          .report();
    }
  }
}
