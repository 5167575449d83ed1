package it.pianodizona.rules.eligibility;

import static it.pianodizona.rules.spi.PlanFields.AGREEMENT;
import static it.pianodizona.rules.spi.PlanFields.SIGNATORIES;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.Signatory;
import it.pianodizona.model.territory.Party;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.List;

/**
 * The agreement is signed by public bodies (L. 328/2000 art. 19 c.2); third-sector and other
 * private subjects adhere to it instead (art. 19 c.3).
 */
final class SignatoryNotPublicBody extends AbstractRule {

  SignatoryNotPublicBody() {
    super("SIGNATORY_NOT_PUBLIC_BODY", RuleFamily.ELIGIBILITY, Severity.ERROR,
        Citations.L328_ART19_C2 + "; " + Citations.L328_ART19_C3);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    plan.agreement().ifPresent(agreement -> {
      List<Signatory> signatories = agreement.signatories();
      for (int s = 0; s < signatories.size(); s++) {
        Party party = plan.partiesById().get(signatories.get(s).partyId());
        if (party != null && !party.kind().isPublicBody()) {
          context.finding(Pointer.root().field(AGREEMENT).item(SIGNATORIES, s))
              .with("party", party.name())
              .with("kind", party.kind())
              .report();
        }
      }
    });
  }
}
