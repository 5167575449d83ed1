package it.pianodizona.model;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.model.common.Money;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.model.participation.WorkTableKind;
import it.pianodizona.testkit.plans.PlanArbitraries;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import it.pianodizona.model.territory.Region;
import java.time.Year;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Builders round-trip, equality is by value, and generated plans are internally consistent. */
class PlanPropertiesTest {

  @Provide
  Arbitrary<ZonePlan> plans() {
    return PlanArbitraries.plansUpTo(30);
  }

  @Property
  void buildersRoundTrip(@ForAll("plans") ZonePlan plan) {
    ZonePlan copy = ZonePlan.builder().from(plan).build();
    assertThat(copy).isEqualTo(plan).hasSameHashCodeAs(plan);
    for (Objective objective : plan.objectives()) {
      assertThat(Objective.builder().from(objective).build()).isEqualTo(objective);
    }
  }

  @Property
  void equalityIsByValueNotIdentity(@ForAll long seed) {
    PlanShape shape = PlanShape.cremaSized(Region.LOMBARDIA);
    ZonePlan one = PlanGenerator.generate(seed, shape);
    ZonePlan two = PlanGenerator.generate(seed, shape);
    assertThat(one).isNotSameAs(two).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(ImmutableZonePlan.copyOf(one).withTitle(one.title() + " (bozza)")).isNotEqualTo(two);
  }

  @Property
  void aChangedCopyLeavesTheOriginalAlone(@ForAll("plans") ZonePlan plan) {
    ImmutableZonePlan closed = ImmutableZonePlan.copyOf(plan).withStatus(PlanStatus.CLOSED);
    assertThat(closed.status()).isEqualTo(PlanStatus.CLOSED);
    assertThat(plan.status()).isEqualTo(PlanStatus.AGREEMENT_SIGNED);
    assertThat(closed.withStatus(plan.status())).isEqualTo(plan);
  }

  @Property
  void generatedBudgetsAddUpToTheirDeclaredTotals(@ForAll("plans") ZonePlan plan) {
    var byYear = plan.budget().lines().stream().collect(Collectors.groupingBy(
        line -> line.year(),
        Collectors.reducing(Money.ZERO, line -> line.amount().orElseThrow(), Money::plus)));
    plan.budget().declaredTotals().forEach(total ->
        assertThat(byYear.get(total.year())).isEqualTo(total.amount()));
    assertThat(byYear.keySet()).containsExactlyInAnyOrderElementsOf(plan.period().years());
  }

  @Property
  void generatedReferencesResolve(@ForAll("plans") ZonePlan plan) {
    plan.budget().lines().forEach(line ->
        assertThat(plan.objectivesById()).containsKey(line.objectiveId().orElseThrow()));
    plan.agreement().orElseThrow().signatories().forEach(s ->
        assertThat(plan.party(s.partyId())).isPresent());
    plan.participation().meetings().forEach(m ->
        assertThat(plan.workTablesById()).containsKey(m.workTableId().orElseThrow()));
    plan.objectives().forEach(o -> o.workTableIds().forEach(t ->
        assertThat(plan.workTablesById()).containsKey(t)));
  }

  @Property
  void generatedDeclaredCountsMatchWhatIsListed(@ForAll("plans") ZonePlan plan) {
    for (DeclaredCount count : plan.declaredCounts()) {
      int listed;
      switch (count.subject()) {
        case MUNICIPALITIES: listed = plan.district().municipalities().size(); break;
        case SUB_DISTRICTS: listed = plan.district().subDistricts().size(); break;
        case OBJECTIVES: listed = plan.objectives().size(); break;
        case POLICY_AREAS: listed = plan.policyFramework().policyAreas().size(); break;
        case TARGET_GROUPS: listed = plan.policyFramework().targetGroups().size(); break;
        case WORK_TABLES: listed = (int) plan.participation().workTables().stream()
            .filter(t -> t.kind() != WorkTableKind.PLENARY).count(); break;
        default: continue;
      }
      assertThat(listed).as(count.statedAs()).isEqualTo(count.value());
    }
  }

  @Property
  void milestonesFallInsideThePlanPeriod(@ForAll("plans") ZonePlan plan) {
    plan.objectives().forEach(o -> o.milestones().forEach(m -> {
      assertThat(plan.period().contains(m.due().orElseThrow().earliest())).isTrue();
      assertThat(plan.period().contains(m.due().orElseThrow().latest())).isTrue();
    }));
  }

  @Property
  void indexesAreConsistentWithTheLists(@ForAll("plans") ZonePlan plan) {
    assertThat(plan.partiesById()).hasSize(
        plan.district().municipalities().size() + plan.organisations().size());
    assertThat(plan.objectivesById().values()).containsExactlyElementsOf(plan.objectives());
    assertThat(plan.governanceBodiesById()).hasSameSizeAs(plan.governanceBodies());
  }

  @Property(tries = 5)
  void scaledPlansGrowLinearly(@ForAll long seed) {
    ZonePlan one = PlanGenerator.generate(seed, PlanShape.scaled(Region.LOMBARDIA, 1));
    ZonePlan ten = PlanGenerator.generate(seed, PlanShape.scaled(Region.LOMBARDIA, 10));
    assertThat(ten.objectives()).hasSize(10 * one.objectives().size());
    assertThat(ten.budget().lines()).hasSize(10 * one.budget().lines().size());
    assertThat(one.period().years()).contains(Year.of(one.period().start().getYear()));
  }
}
