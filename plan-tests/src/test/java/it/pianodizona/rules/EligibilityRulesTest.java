package it.pianodizona.rules;

import static it.pianodizona.testkit.assertions.ReportAssert.assertThat;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.Adherent;
import it.pianodizona.model.agreement.ImmutableProgrammeAgreement;
import it.pianodizona.model.agreement.ProgrammeAgreement;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.model.participation.ImmutableParticipation;
import it.pianodizona.model.participation.ImmutableWorkTable;
import it.pianodizona.model.territory.ImmutableDistrict;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.model.territory.Region;
import it.pianodizona.testkit.mutators.RuleTesting;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The eligibility rules on the cases their properties do not draw: a district that names no health
 * authority of its own, participation by expression of interest alone, a health body judged on
 * the day the agreement was signed.
 */
class EligibilityRulesTest {

  private static final ZonePlan LOMBARDIA = PlanGenerator.generate(15, new PlanShape(Region.LOMBARDIA, 1, 1, 1, 1));

  private static ValidationReport validate(ZonePlan plan, Locale locale) {
    return RuleTesting.validate(plan, plan.period().start(), locale);
  }

  private static ProgrammeAgreement agreement(ZonePlan plan) {
    return plan.agreement().orElseThrow();
  }

  private static ZonePlan withoutOwnHealthAuthority(ZonePlan plan) {
    return ImmutableZonePlan.copyOf(plan)
        .withDistrict(ImmutableDistrict.copyOf(plan.district()).withHealthAuthorityId(Optional.empty()));
  }

  private static ZonePlan withoutHealthAuthoritySignatories(ZonePlan plan) {
    ProgrammeAgreement a = agreement(plan);
    return ImmutableZonePlan.copyOf(plan).withAgreement(ImmutableProgrammeAgreement.copyOf(a).withSignatories(
        a.signatories().stream().filter(s -> plan.partiesById().get(s.partyId()).kind() != OrganisationKind.HEALTH_AUTHORITY)
            .collect(ImmutableList.toImmutableList())));
  }

  @Test
  void aDistrictWithoutItsOwnHealthAuthorityIsSatisfiedByAnyHealthAuthorityThatSigns() {
    assertThat(validate(withoutOwnHealthAuthority(LOMBARDIA), Locale.ENGLISH)).hasNoFinding("HEALTH_AUTHORITY_NOT_SIGNATORY");
  }

  @Test
  void aDistrictWithoutItsOwnHealthAuthorityAndNoneSigningIsToldThatNoneSigns() {
    ZonePlan plan = withoutHealthAuthoritySignatories(withoutOwnHealthAuthority(LOMBARDIA));
    assertThat(validate(plan, Locale.ENGLISH)).hasFinding("HEALTH_AUTHORITY_NOT_SIGNATORY").at("/agreement/signatories")
        .withMessage("No health authority (ATS, ASL, AUSL) signs the agreement.");
  }

  @Test
  void theDistrictsOwnHealthAuthorityIsNamedWhenItDoesNotSign() {
    String own = LOMBARDIA.district().healthAuthorityId().orElseThrow();
    ZonePlan plan = withoutHealthAuthoritySignatories(LOMBARDIA);
    assertThat(validate(plan, Locale.ENGLISH)).hasFinding("HEALTH_AUTHORITY_NOT_SIGNATORY").at("/agreement/signatories")
        .withMessage("The district's health authority, " + LOMBARDIA.partiesById().get(own).name()
            + ", does not sign the agreement.");
  }

  @Test
  void anAdherentThatOnlyExpressedInterestTookPart() {
    ZonePlan plan = ImmutableZonePlan.copyOf(LOMBARDIA).withParticipation(ImmutableParticipation.copyOf(LOMBARDIA.participation())
        .withWorkTables(LOMBARDIA.participation().workTables().stream()
            .map(t -> ImmutableWorkTable.copyOf(t).withParticipantIds(ImmutableList.of()))
            .collect(ImmutableList.toImmutableList())));
    ImmutableList<String> interested = plan.participation().expressionsOfInterest().stream().map(e -> e.partyId())
        .collect(ImmutableList.toImmutableList());
    Assertions.assertThat(interested).isNotEmpty();
    ZonePlan adhering = ImmutableZonePlan.copyOf(plan).withAgreement(ImmutableProgrammeAgreement.copyOf(agreement(plan))
        .withAdherents(interested.stream().map(Adherent::of).collect(ImmutableList.toImmutableList())));
    assertThat(validate(adhering, Locale.ENGLISH)).hasNoFinding("ADHERENT_DID_NOT_PARTICIPATE");
  }

  @Test
  void aHealthBodyIsJudgedOnTheDayTheAgreementWasSignedNotOnTheFirstDayOfThePeriod() {
    // A Lombardia plan for 2015-2017 whose agreement was signed in 2016: by then the ASL were gone
    // (l.r. Lombardia 23/2015, from 1/1/2016), so an "ASL" among the parties is out of date.
    Organisation asl = Organisation.builder().id("asl-cremona").name("ASL della Provincia di Cremona")
        .kind(OrganisationKind.HEALTH_AUTHORITY).build();
    ZonePlan plan = ImmutableZonePlan.copyOf(LOMBARDIA)
        .withPeriod(PlanPeriod.of(LocalDate.of(2015, 1, 1), LocalDate.of(2017, 12, 31)))
        .withOrganisations(ImmutableList.<Organisation>builder().addAll(LOMBARDIA.organisations()).add(asl).build());
    plan = ImmutableZonePlan.copyOf(plan).withAgreement(ImmutableProgrammeAgreement.copyOf(agreement(plan))
        .withSignatureDate(LocalDate.of(2016, 3, 1)));
    int index = plan.organisations().size() - 1;
    assertThat(validate(plan, Locale.ENGLISH)).hasFinding("HEALTH_BODY_NOT_IN_FORCE")
        .at("/organisations/" + index + "/name")
        .withMessageContaining("which did not exist in the plan's region on 2016-03-01.");
  }
}
