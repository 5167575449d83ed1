package it.pianodizona.rules.eligibility;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.RuleContext;

/**
 * Adherents are third-sector entities (CTS art. 4): a school, parish, company or informal group
 * that adheres is reported, less severely than the kinds the law excludes.
 */
final class AdherentNotThirdSector extends AbstractRule {

  AdherentNotThirdSector() {
    super("ADHERENT_NOT_THIRD_SECTOR", RuleFamily.ELIGIBILITY, Severity.WARNING, Citations.CTS_ART4);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Adherents.forEach(plan, (a, party) -> {
      OrganisationKind kind = party.kind();
      if (kind != OrganisationKind.THIRD_SECTOR && !kind.isPublicBody() && !kind.isExcludedFromThirdSector()) {
        context.finding(Adherents.path(a)).with("party", party.name()).with("kind", kind)
            .reference(Citations.CTS_ART4 + "; " + context.profile().adherenceReference())
            .report();
      }
    });
  }
}
