package it.pianodizona.rules;

import static it.pianodizona.testkit.assertions.ReportAssert.assertThat;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.ImmutableDistrict;
import it.pianodizona.model.territory.ImmutableOrganisation;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.model.territory.Region;
import it.pianodizona.testkit.mutators.RuleTesting;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The district's health authority as the integrity rules read it: named by the district, or only
 * present among the organisations, or absent; and references that name a party of the wrong
 * kind (a health authority that is a third-sector entity, an organisation's municipality that is
 * an organisation).
 */
class IntegrityReferencesTest {

  private static final ZonePlan PLAN = PlanGenerator.generate(15, new PlanShape(Region.LOMBARDIA, 1, 1, 1, 1));

  private static ValidationReport validate(ZonePlan plan) {
    return RuleTesting.validate(plan, plan.period().start(), Locale.ENGLISH);
  }

  private static ZonePlan withHealthAuthorityId(Optional<String> id) {
    return ImmutableZonePlan.copyOf(PLAN).withDistrict(ImmutableDistrict.copyOf(PLAN.district()).withHealthAuthorityId(id));
  }

  @Test
  void aHealthAuthorityAmongTheOrganisationsIsEnoughWhenTheDistrictNamesNone() {
    assertThat(validate(withHealthAuthorityId(Optional.empty()))).hasNoFinding("REQUIRED_ELEMENT_MISSING");
    ZonePlan none = ImmutableZonePlan.copyOf(withHealthAuthorityId(Optional.empty())).withOrganisations(
        PLAN.organisations().stream().filter(o -> o.kind() != OrganisationKind.HEALTH_AUTHORITY)
            .collect(ImmutableList.toImmutableList()));
    assertThat(validate(none)).hasFinding("REQUIRED_ELEMENT_MISSING").at("/district/healthAuthorityId")
        .withMessage("The district names no health authority, with which the plan is agreed (L. 328/2000 art. 19 c.1).");
  }

  @Test
  void aHealthAuthorityThatIsAnotherKindOfPartyIsReportedWhereTheDistrictNamesIt() {
    Organisation ets = PLAN.organisations().stream().filter(Organisation::isThirdSectorEntity).findFirst().orElseThrow();
    assertThat(validate(withHealthAuthorityId(Optional.of(ets.id())))).hasFinding("PARTY_KIND_MISMATCH")
        .at("/district/healthAuthorityId").withValue("party", ets.name());
  }

  @Test
  void anOrganisationsMunicipalityThatIsNoMunicipalityIsReportedWhereItIsNamed() {
    Organisation ets = PLAN.organisations().stream().filter(Organisation::isThirdSectorEntity).findFirst().orElseThrow();
    int index = PLAN.organisations().indexOf(ets);
    Organisation other = PLAN.organisations().stream().filter(o -> o != ets && o.isThirdSectorEntity()).findFirst()
        .orElse(PLAN.organisations().get(index == 0 ? 1 : 0));
    ImmutableList.Builder<Organisation> organisations = ImmutableList.builder();
    for (Organisation o : PLAN.organisations()) {
      organisations.add(o == ets ? ImmutableOrganisation.copyOf(o).withMunicipalityId(other.id()) : o);
    }
    assertThat(validate(ImmutableZonePlan.copyOf(PLAN).withOrganisations(organisations.build())))
        .hasFinding("PARTY_KIND_MISMATCH").at("/organisations/" + index + "/municipalityId")
        .withValue("party", other.name());
  }
}
