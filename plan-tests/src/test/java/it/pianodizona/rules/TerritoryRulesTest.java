package it.pianodizona.rules;

import static it.pianodizona.testkit.assertions.ReportAssert.assertThat;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.Adherent;
import it.pianodizona.model.agreement.ImmutableProgrammeAgreement;
import it.pianodizona.model.agreement.ProgrammeAgreement;
import it.pianodizona.model.territory.ImmutableDistrict;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.standard.StandardRules;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The territory rules on members written as documents write them. */
class TerritoryRulesTest {

  private static final List<String> TERRITORY = List.of("UNKNOWN_ISTAT_CODE", "ISTAT_NAME_MISMATCH",
      "MUNICIPALITY_OUTSIDE_REGION", "DUPLICATE_MUNICIPALITY", "NON_MEMBER_MUNICIPALITY_IN_AGREEMENT");

  private static ZonePlan lombardiaWith(Municipality... members) {
    ZonePlan plan = PlanGenerator.generate(15, new PlanShape(Region.LOMBARDIA, 1, 1, 1, 1));
    ImmutableList.Builder<Municipality> all = ImmutableList.builder();
    all.addAll(plan.district().municipalities());
    all.add(members);
    return ImmutableZonePlan.copyOf(plan)
        .withDistrict(ImmutableDistrict.copyOf(plan.district()).withMunicipalities(all.build()));
  }

  private static Municipality member(String id, String name, String code) {
    return Municipality.builder().id(id).name(name).istatCode(code).subDistrictId("sub-0").build();
  }

  private static ValidationReport validate(ZonePlan plan, Locale locale) {
    return StandardRules.validator(ValidationOptions.builder().asOf(plan.period().start()).locale(locale).build())
        .validate(plan);
  }

  @Test
  void anAbbreviatedSaintOrAMissingAccentIsStillTheCodesName() {
    ZonePlan plan = lombardiaWith(member("sgc", "S. Giovanni in Croce", "019090"),
        member("sal", "Sant’Angelo Lodigiano", "098050"), member("cantu", "Cantu'", "013041"));
    for (String rule : TERRITORY) {
      assertThat(validate(plan, Locale.ITALIAN)).hasNoFinding(rule);
    }
  }

  @Test
  void aCodeOfAnotherMunicipalityAsksWhetherItsNameWasMeant() {
    ZonePlan plan = lombardiaWith(member("crema", "Crema", "019090"));
    assertThat(validate(plan, Locale.ITALIAN)).hasFinding("ISTAT_NAME_MISMATCH")
        .at("/district/municipalities/1/istatCode")
        .withMessage("Il codice ISTAT 019090 è del comune di San Giovanni in Croce, non di \"Crema\", il cui codice"
            + " è 019035. Forse intendevi \"San Giovanni in Croce\", o il codice 019035?");
    assertThat(validate(plan, Locale.ENGLISH)).hasFinding("ISTAT_NAME_MISMATCH")
        .withMessageContaining("Did you mean \"San Giovanni in Croce\", or the code 019035?");
  }

  @Test
  void aMemberOfAnotherRegionIsNamedWithItsRegion() {
    ZonePlan plan = lombardiaWith(member("fasano", "Fasano", "074007"));
    assertThat(validate(plan, Locale.ENGLISH)).hasFinding("MUNICIPALITY_OUTSIDE_REGION")
        .at("/district/municipalities/1/istatCode")
        .withMessage("The municipality of Fasano (074007, BR) is in Puglia, not in Lombardia, the plan's region.");
  }

  @Test
  void theSameNameWithoutACodeIsTheSameMunicipality() {
    ZonePlan plan = lombardiaWith(member("crema", "Crema", "019035"),
        Municipality.builder().id("crema-bis").name("CREMA").subDistrictId("sub-0").build());
    assertThat(validate(plan, Locale.ITALIAN)).hasFinding("DUPLICATE_MUNICIPALITY")
        .at("/district/municipalities/2").times(1);
  }

  @Test
  void aBilingualOfficialNameIsEitherOfItsNames() {
    for (String name : List.of("Bolzano", "Bozen", "Bolzano/Bozen")) {
      assertThat(validate(lombardiaWith(member("bz", name, "021008")), Locale.ENGLISH)).hasNoFinding("ISTAT_NAME_MISMATCH");
    }
    assertThat(validate(lombardiaWith(member("bz", "Merano", "021008")), Locale.ENGLISH))
        .hasFinding("ISTAT_NAME_MISMATCH").withValue("official", "Bolzano/Bozen");
  }

  @Test
  void theCodeSuggestedForANameIsThatOfTheMunicipalityOfTheNameInThePlansRegion() {
    // Castro is both a Lombardia municipality (016065, BG) and a Puglia one (075096, LE).
    assertThat(validate(lombardiaWith(member("castro", "Castro", "019035")), Locale.ENGLISH))
        .hasFinding("ISTAT_NAME_MISMATCH").withValue("namedCode", "016065");
  }

  @Test
  void aCodeListedTwiceIsOneMunicipalityAndTwoNamesakesWithTheirOwnCodesAreTwo() {
    assertThat(validate(lombardiaWith(member("castro", "Castro", "016065"), member("castro-bg", "Castro (BG)", "016065")),
        Locale.ENGLISH)).hasFinding("DUPLICATE_MUNICIPALITY").at("/district/municipalities/2")
        .withMessage("The municipality of Castro (BG) (ISTAT code 016065) is already listed at /district/municipalities/1,"
            + " under another id.");
    assertThat(validate(lombardiaWith(member("castro", "Castro", "016065"), member("castro-le", "Castro", "075096")),
        Locale.ENGLISH)).hasNoFinding("DUPLICATE_MUNICIPALITY");
    assertThat(validate(lombardiaWith(member("crema", "Crema", "019035"),
        Municipality.builder().id("crema-bis").name("Crema").subDistrictId("sub-0").build()), Locale.ENGLISH))
        .hasFinding("DUPLICATE_MUNICIPALITY").at("/district/municipalities/2")
        .withMessage("The municipality of Crema is already listed at /district/municipalities/1, under another id.");
  }

  @Test
  void aMunicipalityOutsideTheDistrictThatAdheresIsNamedAsAnAdherent() {
    ZonePlan base = lombardiaWith();
    Organisation outsider = Organisation.builder().id("comune-crema").name("Comune di Crema")
        .kind(OrganisationKind.MUNICIPALITY).build();
    ProgrammeAgreement agreement = base.agreement().orElseThrow();
    int index = agreement.adherents().size();
    ZonePlan plan = ImmutableZonePlan.copyOf(base)
        .withOrganisations(ImmutableList.<Organisation>builder().addAll(base.organisations()).add(outsider).build())
        .withAgreement(ImmutableProgrammeAgreement.copyOf(agreement).withAdherents(ImmutableList.<Adherent>builder()
            .addAll(agreement.adherents()).add(Adherent.of(outsider.id())).build()));
    assertThat(validate(plan, Locale.ENGLISH)).hasFinding("NON_MEMBER_MUNICIPALITY_IN_AGREEMENT")
        .at("/agreement/adherents/" + index + "/partyId")
        .withMessage("The municipality of Comune di Crema adheres to the programme agreement but is not one of the"
            + " municipalities of " + base.district().name() + ".");
  }
}
