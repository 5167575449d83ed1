package it.pianodizona.rules.eligibility;

import static it.pianodizona.rules.spi.PlanFields.ADHERENTS;
import static it.pianodizona.rules.spi.PlanFields.AGREEMENT;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.Adherent;
import it.pianodizona.model.agreement.ProgrammeAgreement;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.Party;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.time.LocalDate;

/**
 * Once the RUNTS operates, a third-sector adherent is enrolled in one of its sections (CTS art.
 * 4 and 46); the plan should say which. Adherence before the register existed is not judged.
 * While the regional registers of ODV and APS were being transferred (CTS art. 54, transitional
 * regime of art. 101 c.2-3) a missing section is an INFO; after the transfer ended it is
 * {@code ADHERENT_NOT_ENROLLED_AFTER_TRANSFER}, a WARNING.
 */
final class AdherentRuntsSectionMissing extends AbstractRule {

  AdherentRuntsSectionMissing() {
    super("ADHERENT_RUNTS_SECTION_MISSING", RuleFamily.ELIGIBILITY, Severity.INFO, Citations.CTS_ART46);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    if (plan.agreement().isEmpty()) {
      return;
    }
    ProgrammeAgreement agreement = plan.agreement().get();
    LocalDate registerFrom = context.profile().runtsOperationalFrom();
    for (int a = 0; a < agreement.adherents().size(); a++) {
      Adherent adherent = agreement.adherents().get(a);
      Party party = plan.partiesById().get(adherent.partyId());
      if (!(party instanceof Organisation)) {
        continue;
      }
      Organisation organisation = (Organisation) party;
      LocalDate when = adherent.adheredOn().or(agreement::signatureDate).orElse(plan.period().start());
      if (organisation.isThirdSectorEntity() && organisation.runtsSection().isEmpty()
          && !when.isBefore(registerFrom) && !when.isAfter(AdherentNotEnrolledAfterTransfer.TRANSFER_ENDED)) {
        context.finding(Pointer.root().field(AGREEMENT).item(ADHERENTS, a))
            .with("party", organisation.name())
            .with("date", when)
            .with("registerFrom", registerFrom)
            .report();
      }
    }
  }
}
