package it.pianodizona.rules;

import static it.pianodizona.testkit.assertions.ReportAssert.assertThat;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.ImmutableDistrict;
import it.pianodizona.model.territory.Municipality;
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
}
