package it.pianodizona.rules.eligibility;

import static it.pianodizona.rules.spi.PlanFields.NAME;
import static it.pianodizona.rules.spi.PlanFields.ORGANISATIONS;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.codelist.HealthBodyKind;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A health body (health authority or trust) is named as a kind that did not exist on the day
 * the plan is agreed (the agreement's signature, else the plan's first day): in Lombardia an
 * ATS or ASST before 1/1/2016, or an ASL after 31/12/2015 (l.r. 23/2015). A WARNING: an
 * anachronism in the plan or a wrong date. Regions without a codelist entry are not checked.
 */
final class HealthBodyNotInForce extends AbstractRule {

  HealthBodyNotInForce() {
    super("HEALTH_BODY_NOT_IN_FORCE", RuleFamily.ELIGIBILITY, Severity.WARNING, "l.r. Lombardia 23/2015");
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    LocalDate day = plan.agreement().flatMap(a -> a.signatureDate()).orElse(plan.period().start());
    // Only the kinds that did not exist on that day can be reported: a name is matched against
    // those alone (one pattern of three for a Lombardia plan), in the codelist's order as before.
    List<HealthBodyKind> kinds = new ArrayList<>();
    for (HealthBodyKind kind : HealthBodyKind.of(plan.district().region())) {
      if (!kind.existedOn(day)) {
        kinds.add(kind);
      }
    }
    if (kinds.isEmpty()) {
      return;
    }
    List<Organisation> organisations = plan.organisations();
    for (int i = 0; i < organisations.size(); i++) {
      Organisation o = organisations.get(i);
      if (o.kind() != OrganisationKind.HEALTH_AUTHORITY && o.kind() != OrganisationKind.HEALTHCARE_TRUST) {
        continue;
      }
      int index = i;
      kinds.stream()
          .filter(k -> k.names(o.name()) || o.shortName().map(k::names).orElse(false))
          .findFirst()
          .ifPresent(k -> context.finding(Pointer.root().item(ORGANISATIONS, index).field(NAME))
              .with("organisation", o.name())
              .with("kind", k.name())
              .with("day", day)
              .reference(k.citation())
              .report());
    }
  }
}
