package it.pianodizona.rules.integrity;

import static it.pianodizona.rules.spi.PlanFields.BUDGET;
import static it.pianodizona.rules.spi.PlanFields.DISTRICT;
import static it.pianodizona.rules.spi.PlanFields.GOVERNANCE_BODIES;
import static it.pianodizona.rules.spi.PlanFields.HEALTH_AUTHORITY_ID;
import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;

import it.pianodizona.model.PlanStatus;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.participation.Participation;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.PartialSources;
import it.pianodizona.rules.spi.RuleContext;

/**
 * The plan has what L. 328/2000 art. 19 c.1 asks of it: objectives and priorities (lett. a),
 * resources (lett. b), the organisation of services (lett. b: its governance bodies), the
 * concertation with the third sector and the other actors (lett. f-g: its participation) and the
 * health authority it is agreed with (c.1). A draft or a plan in consultation is still being
 * written, so only plans approved or beyond are judged. The health authority is the district's,
 * or else any health authority the plan names.
 */
final class RequiredElementMissing extends AbstractRule {

  RequiredElementMissing() {
    super("REQUIRED_ELEMENT_MISSING", RuleFamily.INTEGRITY, Severity.WARNING, Citations.L328_ART19_C1);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    if (plan.status() == PlanStatus.DRAFT || plan.status() == PlanStatus.IN_CONSULTATION) {
      return;
    }
    if (plan.objectives().isEmpty()) {
      missingFromSource(plan, context, "objectives", Citations.L328_ART19_C1_A, Pointer.root().field(OBJECTIVES));
    }
    // A triennial total or a line for the whole period is a budget too (schema 1.1).
    if (plan.budget().lines().isEmpty() && plan.budget().declaredTotals().isEmpty()
        && plan.budget().periodLines().isEmpty() && plan.budget().periodTotals().isEmpty()) {
      missingFromSource(plan, context, "budget", Citations.L328_ART19_C1_B, Pointer.root().field(BUDGET));
    }
    if (plan.governanceBodies().isEmpty()) {
      missing(context, "governance", Citations.L328_ART19_C1_B, Pointer.root().field(GOVERNANCE_BODIES));
    }
    Participation participation = plan.participation();
    if (participation.calls().isEmpty() && participation.workTables().isEmpty() && participation.meetings().isEmpty()) {
      missing(context, "participation", Citations.L328_ART19_C1_G, Pointer.root().field(PARTICIPATION));
    }
    if (plan.district().healthAuthorityId().isEmpty()
        && plan.organisations().stream().noneMatch(o -> o.kind() == OrganisationKind.HEALTH_AUTHORITY)) {
      missing(context, "healthAuthority", Citations.L328_ART19_C1, Pointer.root().field(DISTRICT).field(HEALTH_AUTHORITY_ID));
    }
  }

  /**
   * An element a summary, a call or a press release need not quote: missing from such a source
   * it says nothing of the plan, so the finding is INFO and says why.
   */
  private static void missingFromSource(ZonePlan plan, RuleContext context, String element, String reference,
      Pointer path) {
    if (PartialSources.isPartial(plan)) {
      context.finding(path).with("element", element).with("source", PartialSources.kind(plan))
          .variant(element + "PartialSource").reference(reference).severity(Severity.INFO).report();
    } else {
      missing(context, element, reference, path);
    }
  }

  private static void missing(RuleContext context, String element, String reference, Pointer path) {
    context.finding(path).with("element", element).variant(element).reference(reference).report();
  }
}
