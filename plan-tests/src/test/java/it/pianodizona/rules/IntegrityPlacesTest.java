package it.pianodizona.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.CountedSubject;
import it.pianodizona.model.DeclaredCount;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.ImmutableProgrammeAgreement;
import it.pianodizona.model.agreement.ImmutableSignatory;
import it.pianodizona.model.budget.ImmutableBudget;
import it.pianodizona.model.budget.ImmutableDeclaredTotal;
import it.pianodizona.model.governance.ImmutableBodyMember;
import it.pianodizona.model.governance.ImmutableGovernanceBody;
import it.pianodizona.model.objective.ImmutableBudgetFormula;
import it.pianodizona.model.objective.ImmutableIndicator;
import it.pianodizona.model.objective.ImmutableObjective;
import it.pianodizona.model.participation.ImmutableParticipation;
import it.pianodizona.model.participation.ImmutableWorkTable;
import it.pianodizona.model.participation.WorkTable;
import it.pianodizona.model.participation.WorkTableKind;
import it.pianodizona.model.territory.ImmutableDistrict;
import it.pianodizona.model.territory.ImmutableOrganisation;
import it.pianodizona.model.territory.Region;
import it.pianodizona.testkit.mutators.RuleTesting;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Luoghi dei controlli d'integrità: the places the integrity rules check that the testkit's
 * mutators do not reach, because the generator leaves them empty (an organisation's municipality,
 * a table's call or sub-district, a scoped count) or because a defect there is also another rule's
 * (a member's seat rule or sub-district is counted by the seat rules, a municipality must sign).
 * Each test puts one defect into a generated plan and checks the finding of the rule under test,
 * its path and its values; the other rule's finding, where there is one, is that rule's business.
 */
class IntegrityPlacesTest {

  private static final ZonePlan PLAN = PlanGenerator.generate(1, PlanShape.cremaSized(Region.LOMBARDIA));

  @Test
  void aSignatoryThatIsNoPartyOfThePlanIsAnUnknownParty() {
    ImmutableProgrammeAgreement agreement = ImmutableProgrammeAgreement.copyOf(PLAN.agreement().orElseThrow());
    ZonePlan plan = copy().withAgreement(agreement.withSignatories(replace(agreement.signatories(), 0,
        ImmutableSignatory.copyOf(agreement.signatories().get(0)).withPartyId("no-such-party"))));

    assertFinding(plan, "UNKNOWN_PARTY", "/agreement/signatories/0/partyId", Map.of("id", "no-such-party"));
  }

  @Test
  void aHealthAuthorityThatIsNoPartyOfThePlanIsAnUnknownParty() {
    ZonePlan plan = copy().withDistrict(ImmutableDistrict.copyOf(PLAN.district()).withHealthAuthorityId("no-such-authority"));

    assertFinding(plan, "UNKNOWN_PARTY", "/district/healthAuthorityId", Map.of("id", "no-such-authority"));
  }

  @Test
  void anOrganisationInAMunicipalityThePlanDoesNotListNamesAnUnknownParty() {
    ZonePlan plan = copy().withOrganisations(replace(PLAN.organisations(), 2,
        ImmutableOrganisation.copyOf(PLAN.organisations().get(2)).withMunicipalityId("no-such-municipality")));

    assertFinding(plan, "UNKNOWN_PARTY", "/organisations/2/municipalityId", Map.of("id", "no-such-municipality"));
  }

  @Test
  void anOrganisationInAListedMunicipalityIsNoFinding() {
    String municipality = PLAN.district().municipalities().get(0).id();
    ZonePlan plan = copy().withOrganisations(replace(PLAN.organisations(), 2,
        ImmutableOrganisation.copyOf(PLAN.organisations().get(2)).withMunicipalityId(municipality)));

    assertThat(RuleTesting.validate(plan).findings()).noneMatch(f -> f.ruleId().equals("UNKNOWN_PARTY"));
  }

  @Test
  void aMembersSeatForAnUnknownSubDistrictIsReported() {
    ZonePlan plan = member(1, 1, m -> m.withSubDistrictId("no-such-sub"));

    assertFinding(plan, "UNKNOWN_SUB_DISTRICT", "/governanceBodies/1/members/1/subDistrictId", Map.of("id", "no-such-sub"));
  }

  @Test
  void aTableOfAnUnknownSubDistrictIsReported() {
    ZonePlan plan = table(0, t -> t.withSubDistrictId("no-such-sub"));

    assertFinding(plan, "UNKNOWN_SUB_DISTRICT", "/participation/workTables/0/subDistrictId", Map.of("id", "no-such-sub"));
  }

  @Test
  void aTableOfACallThePlanDoesNotHaveIsReported() {
    ZonePlan plan = table(0, t -> t.withCallId("no-such-call"));

    assertFinding(plan, "UNKNOWN_PARTICIPATION_ITEM", "/participation/workTables/0/callId", Map.of("id", "no-such-call"));
  }

  @Test
  void aTableOfTheCallThePlanHasIsNoFinding() {
    ZonePlan plan = table(0, t -> t.withCallId(PLAN.participation().calls().get(0).id()));

    assertThat(RuleTesting.validate(plan).findings()).noneMatch(f -> f.ruleId().equals("UNKNOWN_PARTICIPATION_ITEM"));
  }

  @Test
  void aMembersSeatUnderASeatRuleItsBodyDoesNotHaveIsReported() {
    ZonePlan plan = member(0, 0, m -> m.withSeatRuleId("no-such-rule"));

    assertFinding(plan, "UNKNOWN_GOVERNANCE_REFERENCE", "/governanceBodies/0/members/0/seatRuleId", Map.of("id", "no-such-rule"));
  }

  @Test
  void aMembersSeatUnderAnotherBodysSeatRuleIsReported() {
    String otherBodysRule = PLAN.governanceBodies().get(1).seatRules().get(0).id();
    ZonePlan plan = member(0, 0, m -> m.withSeatRuleId(otherBodysRule));

    assertFinding(plan, "UNKNOWN_GOVERNANCE_REFERENCE", "/governanceBodies/0/members/0/seatRuleId", Map.of("id", otherBodysRule));
  }

  @Test
  void aDeclaredTotalOfAnObjectiveThePlanDoesNotHaveIsReported() {
    ImmutableBudget budget = ImmutableBudget.copyOf(PLAN.budget());
    ZonePlan plan = copy().withBudget(budget.withDeclaredTotals(replace(budget.declaredTotals(), 1,
        ImmutableDeclaredTotal.copyOf(budget.declaredTotals().get(1)).withObjectiveId("no-such-objective"))));

    assertFinding(plan, "UNKNOWN_OBJECTIVE", "/budget/declaredTotals/1/objectiveId", Map.of("id", "no-such-objective"));
  }

  @Test
  void aFormulaOverAnObjectiveThePlanDoesNotHaveIsReported() {
    int o = indexOf(PLAN.objectives(), ob -> ob.indicators().stream().anyMatch(i -> i.formula().isPresent()));
    ImmutableObjective objective = ImmutableObjective.copyOf(PLAN.objectives().get(o));
    int n = indexOf(objective.indicators(), i -> i.formula().isPresent());
    ImmutableIndicator indicator = ImmutableIndicator.copyOf(objective.indicators().get(n));
    ZonePlan plan = copy().withObjectives(replace(PLAN.objectives(), o, objective.withIndicators(
        replace(objective.indicators(), n, indicator.withFormula(
            ImmutableBudgetFormula.copyOf(indicator.formula().orElseThrow()).withNumeratorObjectiveId("no-such-objective"))))));

    assertFinding(plan, "UNKNOWN_OBJECTIVE", "/objectives/" + o + "/indicators/" + n + "/formula/numeratorObjectiveId",
        Map.of("id", "no-such-objective"));
  }

  @Test
  void anOrganisationWithAMunicipalitysIdIsADuplicateInTheSpaceOfParties() {
    String municipality = PLAN.district().municipalities().get(3).id();
    ZonePlan plan = copy().withOrganisations(replace(PLAN.organisations(), 1,
        ImmutableOrganisation.copyOf(PLAN.organisations().get(1)).withId(municipality)));

    assertFinding(plan, "DUPLICATE_ID", "/organisations/1/id", Map.of("id", municipality, "first", "/district/municipalities/3"));
  }

  @Test
  void aSubDistrictsCountOfMunicipalitiesBelowItsListIsReportedWithBothFigures() {
    String sub = PLAN.district().subDistricts().get(0).id();
    int listed = (int) PLAN.district().municipalities().stream().filter(m -> m.subDistrictId().equals(Optional.of(sub))).count();
    ZonePlan plan = withCount(CountedSubject.MUNICIPALITIES, listed - 1, Optional.of(sub));

    assertFinding(plan, "DECLARED_COUNT_MISMATCH", countPath(), Map.of("subject", CountedSubject.MUNICIPALITIES,
        "expected", listed - 1, "actual", listed, "statedAs", "conteggio"));
  }

  @Test
  void aSubDistrictsCountOfMunicipalitiesAboveItsListIsAPartialListNotAMismatch() {
    String sub = PLAN.district().subDistricts().get(0).id();
    int listed = (int) PLAN.district().municipalities().stream().filter(m -> m.subDistrictId().equals(Optional.of(sub))).count();

    assertNoCountFinding(withCount(CountedSubject.MUNICIPALITIES, listed + 1, Optional.of(sub)));
    assertNoCountFinding(withCount(CountedSubject.MUNICIPALITIES, listed, Optional.of(sub)));
  }

  @Test
  void aSubDistrictsCountsOfTablesTargetGroupsAndPolicyAreasAreOfItsOwnThematicTables() {
    String sub = PLAN.district().subDistricts().get(0).id();
    // Two of the plan's thematic tables placed in the sub-district, and a plenary that does not count.
    List<WorkTable> tables = PLAN.participation().workTables();
    int plenary = tables.indexOf(tables.stream().filter(t -> t.kind() == WorkTableKind.PLENARY).findFirst().orElseThrow());
    int first = tables.indexOf(tables.stream().filter(t -> t.kind() != WorkTableKind.PLENARY).findFirst().orElseThrow());
    int second = tables.indexOf(tables.stream().filter(t -> t.kind() != WorkTableKind.PLENARY).skip(1).findFirst().orElseThrow());
    ZonePlan placed = copy().withParticipation(ImmutableParticipation.copyOf(PLAN.participation()).withWorkTables(
        replace(replace(replace(tables, first, ImmutableWorkTable.copyOf(tables.get(first)).withSubDistrictId(sub)),
            second, ImmutableWorkTable.copyOf(tables.get(second)).withSubDistrictId(sub)),
            plenary, ImmutableWorkTable.copyOf(tables.get(plenary)).withSubDistrictId(sub))));
    long groups = ImmutableList.of(tables.get(first), tables.get(second)).stream()
        .flatMap(t -> t.targetGroupIds().stream()).distinct().count();
    long areas = ImmutableList.of(tables.get(first), tables.get(second)).stream()
        .flatMap(t -> t.policyAreaIds().stream()).distinct().count();

    assertNoCountFinding(withCount(placed, CountedSubject.WORK_TABLES, 2, Optional.of(sub)));
    assertFinding(withCount(placed, CountedSubject.WORK_TABLES, 3, Optional.of(sub)), "DECLARED_COUNT_MISMATCH", countPath(),
        Map.of("subject", CountedSubject.WORK_TABLES, "expected", 3, "actual", 2));
    assertNoCountFinding(withCount(placed, CountedSubject.TARGET_GROUPS, (int) groups, Optional.of(sub)));
    assertFinding(withCount(placed, CountedSubject.TARGET_GROUPS, (int) groups + 1, Optional.of(sub)), "DECLARED_COUNT_MISMATCH",
        countPath(), Map.of("subject", CountedSubject.TARGET_GROUPS, "expected", (int) groups + 1, "actual", (int) groups));
    assertNoCountFinding(withCount(placed, CountedSubject.POLICY_AREAS, (int) areas, Optional.of(sub)));
    assertFinding(withCount(placed, CountedSubject.POLICY_AREAS, (int) areas + 1, Optional.of(sub)), "DECLARED_COUNT_MISMATCH",
        countPath(), Map.of("subject", CountedSubject.POLICY_AREAS, "expected", (int) areas + 1, "actual", (int) areas));
  }

  @Test
  void countsASubDistrictCannotHoldAreNotChecked() {
    String sub = PLAN.district().subDistricts().get(0).id();
    // A sub-district has no sub-districts, strategic areas or objectives of its own in the model.
    assertNoCountFinding(withCount(CountedSubject.SUB_DISTRICTS, 99, Optional.of(sub)));
    assertNoCountFinding(withCount(CountedSubject.STRATEGIC_AREAS, 99, Optional.of(sub)));
    assertNoCountFinding(withCount(CountedSubject.OBJECTIVES, 99, Optional.of(sub)));
  }

  @Test
  void aCountScopedToSomethingOtherThanASubDistrictIsNotChecked() {
    assertNoCountFinding(withCount(CountedSubject.MUNICIPALITIES, 1, Optional.of("no-such-sub")));
    assertNoCountFinding(withCount(CountedSubject.OBJECTIVES, 99, Optional.of(PLAN.objectives().get(0).id())));
  }

  @Test
  void aCountOfSubjectsThePlanListsNoneOfIsNotChecked() {
    // The generated plans list no strategic areas in Lombardia: nothing to compare the count with.
    assertThat(PLAN.policyFramework().strategicAreas()).isEmpty();
    assertNoCountFinding(withCount(CountedSubject.STRATEGIC_AREAS, 7, Optional.empty()));
  }

  private static ImmutableZonePlan copy() {
    return ImmutableZonePlan.copyOf(PLAN);
  }

  private static <T> ImmutableList<T> replace(List<T> list, int index, T item) {
    List<T> copy = new java.util.ArrayList<>(list);
    copy.set(index, item);
    return ImmutableList.copyOf(copy);
  }

  private static <T> int indexOf(List<T> list, java.util.function.Predicate<T> test) {
    return java.util.stream.IntStream.range(0, list.size()).filter(i -> test.test(list.get(i))).findFirst().orElseThrow();
  }

  private static ZonePlan member(int body, int member, UnaryOperator<ImmutableBodyMember> edit) {
    ImmutableGovernanceBody b = ImmutableGovernanceBody.copyOf(PLAN.governanceBodies().get(body));
    return copy().withGovernanceBodies(replace(PLAN.governanceBodies(), body, b.withMembers(
        replace(b.members(), member, edit.apply(ImmutableBodyMember.copyOf(b.members().get(member)))))));
  }

  private static ZonePlan table(int table, UnaryOperator<ImmutableWorkTable> edit) {
    List<WorkTable> tables = PLAN.participation().workTables();
    return copy().withParticipation(ImmutableParticipation.copyOf(PLAN.participation()).withWorkTables(
        replace(tables, table, edit.apply(ImmutableWorkTable.copyOf(tables.get(table))))));
  }

  private static ZonePlan withCount(CountedSubject subject, int value, Optional<String> scope) {
    return withCount(PLAN, subject, value, scope);
  }

  private static ZonePlan withCount(ZonePlan plan, CountedSubject subject, int value, Optional<String> scope) {
    return ImmutableZonePlan.copyOf(plan).withDeclaredCounts(ImmutableList.<DeclaredCount>builder()
        .addAll(plan.declaredCounts())
        .add(DeclaredCount.builder().subject(subject).value(value).scopeId(scope).statedAs("conteggio").build())
        .build());
  }

  /** Where {@link #withCount} puts its count. */
  private static String countPath() {
    return "/declaredCounts/" + PLAN.declaredCounts().size();
  }

  private static void assertNoCountFinding(ZonePlan plan) {
    assertThat(RuleTesting.validate(plan).findings()).noneMatch(f -> f.ruleId().equals("DECLARED_COUNT_MISMATCH"));
  }

  private static void assertFinding(ZonePlan plan, String ruleId, String path, Map<String, Object> values) {
    assertThat(RuleTesting.validate(plan).findings())
        .as("a finding of %s at %s with %s", ruleId, path, values)
        .anySatisfy(f -> {
          assertThat(f.ruleId()).isEqualTo(ruleId);
          assertThat(f.path()).isEqualTo(path);
          assertThat(f.values()).containsAllEntriesOf(values);
        });
  }
}
