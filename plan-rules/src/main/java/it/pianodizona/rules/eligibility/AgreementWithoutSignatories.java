package it.pianodizona.rules.eligibility;

import static it.pianodizona.rules.spi.PlanFields.AGREEMENT;
import static it.pianodizona.rules.spi.PlanFields.SIGNATORIES;

import it.pianodizona.model.PlanStatus;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.ProgrammeAgreement;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.EnumSet;
import java.util.Set;

/**
 * A signed agreement (the plan's status says so, or the agreement has a signature date) names who
 * signed it: the municipalities and the health authority (L. 328/2000 art. 19 c.2). Where the
 * agreement says its sources do not state the signatories (a press release, a call), that is no
 * defect of the plan: the finding is INFO and says so.
 */
final class AgreementWithoutSignatories extends AbstractRule {

  private static final Set<PlanStatus> SIGNED = EnumSet.of(
      PlanStatus.AGREEMENT_SIGNED, PlanStatus.IN_FORCE, PlanStatus.CLOSED);

  AgreementWithoutSignatories() {
    super("AGREEMENT_WITHOUT_SIGNATORIES", RuleFamily.ELIGIBILITY, Severity.WARNING, Citations.L328_ART19_C2);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    if (plan.agreement().isEmpty()) {
      return;
    }
    ProgrammeAgreement agreement = plan.agreement().get();
    boolean signed = SIGNED.contains(plan.status()) || agreement.signatureDate().isPresent();
    if (!signed || !agreement.signatories().isEmpty()) {
      return;
    }
    if (agreement.signatoriesNotStated()) {
      context.finding(Pointer.root().field(AGREEMENT).field(SIGNATORIES)).variant("notStated")
          .severity(Severity.INFO).report();
    } else {
      context.finding(Pointer.root().field(AGREEMENT).field(SIGNATORIES)).report();
    }
  }
}
