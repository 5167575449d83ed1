package it.pianodizona.rules.eligibility;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.RuleContext;

/**
 * Trade unions, professional and employer associations and political parties are not
 * third-sector entities (CTS art. 4 c.2) and may not adhere to the agreement as such.
 */
final class AdherentExcludedKind extends AbstractRule {

  AdherentExcludedKind() {
    super("ADHERENT_EXCLUDED_KIND", RuleFamily.ELIGIBILITY, Severity.ERROR, Citations.CTS_ART4_C2);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Adherents.forEach(plan, (a, party) -> {
      if (party.kind().isExcludedFromThirdSector() && !party.kind().isPublicBody()) {
        context.finding(Adherents.path(a)).with("party", party.name()).with("kind", party.kind()).report();
      }
    });
  }
}
