package it.pianodizona.rules.deadlines;

import static it.pianodizona.rules.spi.PlanFields.AGREEMENT;
import static it.pianodizona.rules.spi.PlanFields.SIGNATURE_DATE;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.ProgrammeAgreement;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.profile.PlanningCycle;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The programme agreement is signed by the region's deadline: the one the agreement states,
 * else the deadline (or its extension) of the profile's cycle. A plan whose agreement is not
 * signed yet is not judged here.
 */
final class AgreementSignedLate extends AbstractRule {

  AgreementSignedLate() {
    super("AGREEMENT_SIGNED_LATE", RuleFamily.DEADLINES, Severity.WARNING,
        "Linee di indirizzo regionali per la programmazione sociale (termine di sottoscrizione)");
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    if (plan.agreement().isEmpty() || plan.agreement().get().signatureDate().isEmpty()) {
      return;
    }
    ProgrammeAgreement agreement = plan.agreement().get();
    LocalDate signed = agreement.signatureDate().get();
    Optional<LocalDate> stated = agreement.regionalSignatureDeadline();
    Optional<LocalDate> deadline = stated.or(() -> context.cycle().flatMap(PlanningCycle::effectiveSignatureDeadline));
    if (deadline.isEmpty() || !signed.isAfter(deadline.get())) {
      return;
    }
    String reference = stated.isPresent() ? descriptor().reference()
        : context.cycle().flatMap(PlanningCycle::guidelines).orElse(context.profile().legalBasis());
    context.finding(Pointer.root().field(AGREEMENT).field(SIGNATURE_DATE))
        .with("signatureDate", signed)
        .with("deadline", deadline.get())
        .variant(stated.isPresent() ? "stated" : "profile")
        .reference(reference)
        .report();
  }
}
