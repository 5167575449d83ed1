package it.pianodizona.rules.eligibility;

import static it.pianodizona.rules.spi.PlanFields.ADHERENTS;
import static it.pianodizona.rules.spi.PlanFields.AGREEMENT;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.Adherent;
import it.pianodizona.model.agreement.ProgrammeAgreement;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.Party;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.time.LocalDate;
import java.util.function.BiPredicate;

/**
 * Aderenti ETS senza sezione RUNTS: the walk the two RUNTS rules share. They differ only in the
 * span of adherence dates each judges (during the transfer of the regional registers, or after).
 */
final class UnenrolledAdherents {

  private UnenrolledAdherents() {}

  /**
   * Reports each third-sector adherent that states no RUNTS section and whose adherence date
   * (its own, else the agreement's signature, else the plan's start) passes {@code judged},
   * called with that date and the day the RUNTS began to operate.
   */
  static void report(ZonePlan plan, RuleContext context, BiPredicate<LocalDate, LocalDate> judged) {
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
          && judged.test(when, registerFrom)) {
        context.finding(Pointer.root().field(AGREEMENT).item(ADHERENTS, a))
            .with("party", organisation.name())
            .with("date", when)
            .with("registerFrom", registerFrom)
            .report();
      }
    }
  }
}
