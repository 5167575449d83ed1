package it.pianodizona.rules.eligibility;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.RuleContext;

/** Public bodies take part in the agreement as signatories, not as adherents (L. 328/2000 art. 19 c.2-3). */
final class PublicBodyAdheres extends AbstractRule {

  PublicBodyAdheres() {
    super("PUBLIC_BODY_ADHERES", RuleFamily.ELIGIBILITY, Severity.ERROR,
        Citations.L328_ART19_C2 + "; " + Citations.L328_ART19_C3);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Adherents.forEach(plan, (a, party) -> {
      if (party.kind().isPublicBody()) {
        context.finding(Adherents.path(a)).with("party", party.name()).with("kind", party.kind()).report();
      }
    });
  }
}
