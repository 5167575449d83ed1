package it.pianodizona.rules.eligibility;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.RuleContext;
import java.time.LocalDate;

/**
 * Aderente ETS non iscritto dopo la trasmigrazione: a third-sector adherent that adheres after
 * the transfer of the regional ODV and APS registers to the RUNTS ended (CTS art. 54) and states
 * no RUNTS section. Under the transitional regime (art. 101 c.2-3) enrolment in a regional
 * register counted as enrolment in the RUNTS while the transfer ran; once it ended, an entity
 * that is not in the RUNTS is not a third-sector entity, so the plan's adherent is in doubt: a
 * WARNING, not an INFO.
 *
 * <p>The transfer was to end on 21 August 2022 and was extended to 7 November 2022 (*verify*:
 * the extending decree, reported as D.L. 73/2022; some procedures ran on after that date, for
 * which the warning asks to check the entity's enrolment rather than asserting it is missing).
 */
final class AdherentNotEnrolledAfterTransfer extends AbstractRule {

  /** The last day of the transfer of the regional registers (CTS art. 54), as extended; *verify*. */
  static final LocalDate TRANSFER_ENDED = LocalDate.of(2022, 11, 7);

  AdherentNotEnrolledAfterTransfer() {
    super("ADHERENT_NOT_ENROLLED_AFTER_TRANSFER", RuleFamily.ELIGIBILITY, Severity.WARNING,
        Citations.CTS_ART46 + "; D.Lgs. 117/2017 (CTS) art. 54 e art. 101 c.2-3");
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    UnenrolledAdherents.report(plan, context,
        (when, registerFrom) -> when.isAfter(TRANSFER_ENDED) && !when.isBefore(registerFrom));
  }
}
