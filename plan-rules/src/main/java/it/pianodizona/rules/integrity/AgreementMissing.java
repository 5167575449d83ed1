package it.pianodizona.rules.integrity;

import static it.pianodizona.rules.spi.PlanFields.AGREEMENT;

import it.pianodizona.model.PlanStatus;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.EnumSet;
import java.util.Set;

/**
 * A plan whose status says the agreement is signed (or the plan in force or closed) records
 * that agreement (L. 328/2000 art. 19 c.2). Drafts and approved plans need none yet.
 */
final class AgreementMissing extends AbstractRule {

  private static final Set<PlanStatus> SIGNED = EnumSet.of(
      PlanStatus.AGREEMENT_SIGNED, PlanStatus.IN_FORCE, PlanStatus.CLOSED);

  AgreementMissing() {
    super("AGREEMENT_MISSING", RuleFamily.INTEGRITY, Severity.WARNING, Citations.L328_ART19_C2);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    if (plan.agreement().isEmpty() && SIGNED.contains(plan.status())) {
      context.finding(Pointer.root().field(AGREEMENT)).with("status", plan.status()).report();
    }
  }
}
