package it.pianodizona.rules.eligibility;

import static it.pianodizona.rules.spi.PlanFields.ORGANISATIONS;
import static it.pianodizona.rules.spi.PlanFields.RUNTS_SECTION;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;

/**
 * A third-sector entity is enrolled in the RUNTS section of its kind (CTS art. 46): a voluntary
 * organisation in section a, a social cooperative in section d, and so on.
 */
final class RuntsSectionMismatch extends AbstractRule {

  RuntsSectionMismatch() {
    super("RUNTS_SECTION_MISMATCH", RuleFamily.ELIGIBILITY, Severity.WARNING, Citations.CTS_ART46);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    for (int i = 0; i < plan.organisations().size(); i++) {
      Organisation organisation = plan.organisations().get(i);
      if (organisation.thirdSectorKind().isPresent() && organisation.runtsSection().isPresent()
          && organisation.thirdSectorKind().get().expectedSection() != organisation.runtsSection().get()) {
        context.finding(Pointer.root().item(ORGANISATIONS, i).field(RUNTS_SECTION))
            .with("party", organisation.name())
            .with("thirdSectorKind", organisation.thirdSectorKind().get())
            .with("expected", String.valueOf(organisation.thirdSectorKind().get().expectedSection().letter()))
            .with("actual", String.valueOf(organisation.runtsSection().get().letter()))
            .report();
      }
    }
  }
}
