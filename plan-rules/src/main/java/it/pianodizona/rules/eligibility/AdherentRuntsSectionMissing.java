package it.pianodizona.rules.eligibility;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.RuleContext;

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
    UnenrolledAdherents.report(plan, context, (when, registerFrom) -> !when.isBefore(registerFrom)
        && !when.isAfter(AdherentNotEnrolledAfterTransfer.TRANSFER_ENDED));
  }
}
