package it.pianodizona.rules;

import static it.pianodizona.testkit.assertions.ReportAssert.assertThat;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.governance.BodyMember;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.governance.ImmutableGovernanceBody;
import it.pianodizona.model.governance.ImmutableSeatRule;
import it.pianodizona.model.governance.SeatRule;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.Region;
import it.pianodizona.model.territory.ThirdSectorKind;
import it.pianodizona.testkit.mutators.PlanEdits;
import it.pianodizona.testkit.mutators.RuleTesting;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The seat rules of the generated governance (Assemblea dei Sindaci: one mayor per municipality;
 * Comitato ristretto: "2 Sindaci/Assessori per ogni sub ambito"; Ufficio di Piano: "1 referente per
 * ognuno dei sub ambiti" and "1 componente per il terzo settore") with one seat missing, one
 * doubled, or one member whose sub-district is unknown: each says which of its messages applies.
 */
class GovernanceSeatsTest {

  private static final ZonePlan PLAN = PlanGenerator.generate(15, new PlanShape(Region.LOMBARDIA, 1, 2, 2, 2));
  private static final int ASSEMBLY = 0;
  private static final int COMMITTEE = 1;
  private static final int OFFICE = 2;

  private static ValidationReport validate(ZonePlan plan) {
    return RuleTesting.validate(plan, plan.period().start(), Locale.ENGLISH);
  }

  private static ZonePlan withBody(int index, UnaryOperator<ImmutableGovernanceBody> change) {
    return PlanEdits.body(PLAN, index, change::apply);
  }

  private static ImmutableList<BodyMember> without(GovernanceBody body, Predicate<BodyMember> which, int atMost) {
    ImmutableList.Builder<BodyMember> kept = ImmutableList.builder();
    int removed = 0;
    for (BodyMember m : body.members()) {
      if (removed < atMost && which.test(m)) {
        removed++;
      } else {
        kept.add(m);
      }
    }
    return kept.build();
  }

  private static String subDistrict(int i) {
    return PLAN.district().subDistricts().get(i).id();
  }

  private static String subDistrictName(int i) {
    return PLAN.district().subDistricts().get(i).name();
  }

  @Test
  void aSubDistrictWithNoneOfItsSeatsFilledIsNotRepresented() {
    ZonePlan plan = withBody(COMMITTEE, b -> b.withMembers(without(b, m -> m.subDistrictId().equals(Optional.of(subDistrict(0))), 2)));
    assertThat(validate(plan)).hasFinding("SUB_DISTRICT_SEATS_MISMATCH").at("/governanceBodies/1/seatRules/1")
        .withMessage("Comitato ristretto: the sub-district " + subDistrictName(0) + " is not represented;"
            + " \"2 Sindaci/Assessori per ogni sub ambito\" gives it seats: 2.");
  }

  @Test
  void aSubDistrictWithOneOfItsTwoSeatsFilledIsCounted() {
    ZonePlan plan = withBody(COMMITTEE, b -> b.withMembers(without(b, m -> m.subDistrictId().equals(Optional.of(subDistrict(1))), 1)));
    assertThat(validate(plan)).hasFinding("SUB_DISTRICT_SEATS_MISMATCH").at("/governanceBodies/1/seatRules/1")
        .withMessage("Comitato ristretto: seats of the sub-district " + subDistrictName(1) + ": 1;"
            + " \"2 Sindaci/Assessori per ogni sub ambito\" gives it 2.");
  }

  @Test
  void aMemberOfNoKnownSubDistrictMakesTheRuleCountItsSeatsInAll() {
    Organisation ets = PLAN.organisations().stream().filter(Organisation::isThirdSectorEntity).findFirst().orElseThrow();
    ZonePlan plan = withBody(COMMITTEE, b -> b.withMembers(ImmutableList.<BodyMember>builder().addAll(b.members())
        .add(BodyMember.builder().partyId(ets.id()).seatRuleId("per-sub").build()).build()));
    assertThat(validate(plan)).hasFinding("SUB_DISTRICT_SEATS_MISMATCH").at("/governanceBodies/1/seatRules/1")
        .withMessage("Comitato ristretto: seats filled under \"2 Sindaci/Assessori per ogni sub ambito\": 5;"
            + " expected in all: 4.");
  }

  @Test
  void aMunicipalityWithoutItsMayorHasNoSeatAndOneWithTwoHasTooMany() {
    String first = PLAN.district().municipalities().get(0).id();
    String firstName = PLAN.district().municipalities().get(0).name();
    ZonePlan missing = withBody(ASSEMBLY, b -> b.withMembers(without(b, m -> m.partyId().equals(Optional.of(first)), 1)));
    assertThat(validate(missing)).hasFinding("MUNICIPALITY_SEATS_MISMATCH").at("/governanceBodies/0/seatRules/0")
        .withMessage("Assemblea dei Sindaci: no seat for " + firstName + "; the rule gives each municipality 1.");
    ZonePlan doubled = withBody(ASSEMBLY, b -> b.withMembers(ImmutableList.<BodyMember>builder().addAll(b.members())
        .add(b.members().get(0)).build()));
    String doubledName = PLAN.partiesById().get(PLAN.governanceBodies().get(ASSEMBLY).members().get(0).partyId().orElseThrow()).name();
    assertThat(validate(doubled)).hasFinding("MUNICIPALITY_SEATS_MISMATCH").at("/governanceBodies/0/seatRules/0")
        .withMessage("Assemblea dei Sindaci: seats of " + doubledName + ": 2; the rule gives each municipality 1.");
  }

  @Test
  void aBodyWithFixedSeatsAndNoMembersCannotBeCheckedButOneWithSeatsPerSubDistrictOnlyIsLeftAlone() {
    ZonePlan noMembers = withBody(OFFICE, b -> b.withMembers(ImmutableList.of()));
    assertThat(validate(noMembers)).hasFinding("BODY_SEATS_WITHOUT_MEMBERS").at("/governanceBodies/2/members")
        .withMessage("Ufficio di Piano declares 2 seat rules but lists no members: its seats cannot be checked.");
    ZonePlan perSubDistrictOnly = withBody(OFFICE, b -> b.withMembers(ImmutableList.of())
        .withSeatRules(b.seatRules().stream().filter(r -> r.id().equals("referents")).collect(ImmutableList.toImmutableList())));
    assertThat(validate(perSubDistrictOnly)).hasNoFinding("BODY_SEATS_WITHOUT_MEMBERS");
  }

  @Test
  void aThirdSectorSeatReservedToOneKindOfEntityIsFilledByAnotherKind() {
    BodyMember member = PLAN.governanceBodies().get(OFFICE).members().stream()
        .filter(m -> m.seatRuleId().equals(Optional.of("third-sector"))).findFirst().orElseThrow();
    Organisation ets = (Organisation) PLAN.partiesById().get(member.partyId().orElseThrow());
    ThirdSectorKind own = ets.thirdSectorKind().orElseThrow();
    ThirdSectorKind other = own == ThirdSectorKind.SOCIAL_COOPERATIVE
        ? ThirdSectorKind.VOLUNTARY_ORGANISATION : ThirdSectorKind.SOCIAL_COOPERATIVE;
    int index = PLAN.governanceBodies().get(OFFICE).members().indexOf(member);
    ZonePlan reservedToOther = withBody(OFFICE, b -> b.withSeatRules(b.seatRules().stream()
        .map(r -> r.id().equals("third-sector") ? (SeatRule) ImmutableSeatRule.copyOf(r).withThirdSectorKind(other) : r)
        .collect(ImmutableList.toImmutableList())));
    assertThat(validate(reservedToOther)).hasFinding("MEMBER_KIND_MISMATCH")
        .at("/governanceBodies/2/members/" + index)
        .withMessageContaining("Ufficio di Piano: " + ets.name() + " fills a seat of \"1 componente per il terzo settore\"");
    ZonePlan reservedToOwn = withBody(OFFICE, b -> b.withSeatRules(b.seatRules().stream()
        .map(r -> r.id().equals("third-sector") ? (SeatRule) ImmutableSeatRule.copyOf(r).withThirdSectorKind(own) : r)
        .collect(ImmutableList.toImmutableList())));
    assertThat(validate(reservedToOwn)).hasNoFinding("MEMBER_KIND_MISMATCH");
  }
}
