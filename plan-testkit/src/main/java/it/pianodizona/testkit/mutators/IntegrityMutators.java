package it.pianodizona.testkit.mutators;

import static it.pianodizona.rules.spi.PlanFields.ACTIONS;
import static it.pianodizona.rules.spi.PlanFields.ADOPTS_PLAN_ID;
import static it.pianodizona.rules.spi.PlanFields.AGREEMENT;
import static it.pianodizona.rules.spi.PlanFields.ANNEXES;
import static it.pianodizona.rules.spi.PlanFields.BUDGET;
import static it.pianodizona.rules.spi.PlanFields.CALLS;
import static it.pianodizona.rules.spi.PlanFields.CALL_ID;
import static it.pianodizona.rules.spi.PlanFields.COLUMNS;
import static it.pianodizona.rules.spi.PlanFields.DECLARED_COUNTS;
import static it.pianodizona.rules.spi.PlanFields.DISTRICT;
import static it.pianodizona.rules.spi.PlanFields.EXPRESSIONS_OF_INTEREST;
import static it.pianodizona.rules.spi.PlanFields.GOVERNANCE_BODIES;
import static it.pianodizona.rules.spi.PlanFields.GOVERNANCE_BODY_ID;
import static it.pianodizona.rules.spi.PlanFields.ID;
import static it.pianodizona.rules.spi.PlanFields.INDICATORS;
import static it.pianodizona.rules.spi.PlanFields.LEAD_MUNICIPALITY_ID;
import static it.pianodizona.rules.spi.PlanFields.LINES;
import static it.pianodizona.rules.spi.PlanFields.MEETINGS;
import static it.pianodizona.rules.spi.PlanFields.MILESTONES;
import static it.pianodizona.rules.spi.PlanFields.MUNICIPALITIES;
import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;
import static it.pianodizona.rules.spi.PlanFields.OBJECTIVE_ID;
import static it.pianodizona.rules.spi.PlanFields.ORGANISATIONS;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;
import static it.pianodizona.rules.spi.PlanFields.PARTY_ID;
import static it.pianodizona.rules.spi.PlanFields.PHASES;
import static it.pianodizona.rules.spi.PlanFields.POLICY_AREAS;
import static it.pianodizona.rules.spi.PlanFields.POLICY_FRAMEWORK;
import static it.pianodizona.rules.spi.PlanFields.PREVIOUS_PLAN_OUTCOMES;
import static it.pianodizona.rules.spi.PlanFields.PRIORITY_MATRIX;
import static it.pianodizona.rules.spi.PlanFields.REFERENTS;
import static it.pianodizona.rules.spi.PlanFields.ROWS;
import static it.pianodizona.rules.spi.PlanFields.SEAT_RULES;
import static it.pianodizona.rules.spi.PlanFields.STRATEGIC_AREAS;
import static it.pianodizona.rules.spi.PlanFields.SUB_DISTRICT_ID;
import static it.pianodizona.rules.spi.PlanFields.TARGET_GROUP_IDS;
import static it.pianodizona.rules.spi.PlanFields.WORK_TABLE_IDS;
import static it.pianodizona.testkit.mutators.PlanEdits.append;
import static it.pianodizona.testkit.mutators.PlanEdits.choose;
import static it.pianodizona.testkit.mutators.PlanEdits.copy;
import static it.pianodizona.testkit.mutators.PlanEdits.indexesOf;
import static it.pianodizona.testkit.mutators.PlanEdits.replace;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import it.pianodizona.model.CountedSubject;
import it.pianodizona.model.DeclaredCount;
import it.pianodizona.model.ImmutableDeclaredCount;
import it.pianodizona.model.PlanStatus;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.budget.ImmutableBudgetLine;
import it.pianodizona.model.objective.ImmutableAction;
import it.pianodizona.model.objective.ImmutableObjective;
import it.pianodizona.model.objective.ImmutableReferent;
import it.pianodizona.model.participation.ImmutableExpressionOfInterest;
import it.pianodizona.model.participation.ImmutableMeeting;
import it.pianodizona.model.participation.ImmutableParticipationCall;
import it.pianodizona.model.participation.ImmutableWorkTable;
import it.pianodizona.model.policy.ImmutablePolicyFramework;
import it.pianodizona.model.policy.ImmutablePriorityMatrix;
import it.pianodizona.model.territory.ImmutableMunicipality;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.rules.profile.RegionalProfiles;
import it.pianodizona.rules.spi.Pointer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Mutatori dell'integrità: one mutator per rule of the integrity family. */
public final class IntegrityMutators {

  private IntegrityMutators() {}

  /** The mutators of this family, one per rule. */
  public static ImmutableList<Mutator> all() {
    return ImmutableList.of(
        Mutator.of("REQUIRED_ELEMENT_MISSING", IntegrityMutators::requiredElementMissing),
        Mutator.of("AGREEMENT_MISSING", IntegrityMutators::agreementMissing),
        Mutator.of("AGREEMENT_ADOPTS_OTHER_PLAN", IntegrityMutators::adoptsOtherPlan),
        Mutator.of("DUPLICATE_ID", IntegrityMutators::duplicateId),
        Mutator.of("UNKNOWN_PARTY", (plan, pick) -> LifecycleMutators.anyOf(plan, pick,
            IntegrityMutators::unknownParty, LifecycleMutators::approvalByUnknownParty)),
        Mutator.of("UNKNOWN_SUB_DISTRICT", IntegrityMutators::unknownSubDistrict),
        Mutator.of("UNKNOWN_PARTICIPATION_ITEM", IntegrityMutators::unknownParticipationItem),
        Mutator.of("UNKNOWN_WORK_TABLE", IntegrityMutators::unknownWorkTable),
        Mutator.of("UNKNOWN_POLICY_ITEM", IntegrityMutators::unknownPolicyItem),
        Mutator.of("UNKNOWN_OBJECTIVE", (plan, pick) -> LifecycleMutators.anyOf(plan, pick,
            IntegrityMutators::unknownObjective, LifecycleMutators::periodAmountOfUnknownObjective)),
        Mutator.of("UNKNOWN_GOVERNANCE_REFERENCE", (plan, pick) -> LifecycleMutators.anyOf(plan, pick,
            IntegrityMutators::unknownGovernanceReference, LifecycleMutators::approvalByUnknownBody)),
        Mutator.of("PARTY_KIND_MISMATCH", IntegrityMutators::partyKindMismatch),
        Mutator.of("DECLARED_COUNT_MISMATCH", IntegrityMutators::declaredCountMismatch),
        Mutator.of("STRATEGIC_AREAS_MISSING", IntegrityMutators::strategicAreasMissing),
        Mutator.of("MUNICIPALITY_WITHOUT_SUB_DISTRICT", IntegrityMutators::municipalityWithoutSubDistrict));
  }

  /** An approved plan that no longer describes its governance bodies. */
  private static Optional<Mutation> requiredElementMissing(ZonePlan plan, int pick) {
    boolean approved = plan.status() != PlanStatus.DRAFT && plan.status() != PlanStatus.IN_CONSULTATION;
    boolean meetingsOfBodies = plan.participation().meetings().stream().anyMatch(m -> m.governanceBodyId().isPresent());
    if (!approved || plan.governanceBodies().isEmpty() || meetingsOfBodies) {
      return Optional.empty();
    }
    return Mutation.of(copy(plan).withGovernanceBodies(ImmutableList.of()),
        "REQUIRED_ELEMENT_MISSING", Pointer.root().field(GOVERNANCE_BODIES).toString());
  }

  private static Optional<Mutation> agreementMissing(ZonePlan plan, int pick) {
    return plan.agreement().flatMap(a -> Mutation.of(copy(plan).withAgreement(Optional.empty()),
        "AGREEMENT_MISSING", Pointer.root().field(AGREEMENT).toString()));
  }

  private static Optional<Mutation> adoptsOtherPlan(ZonePlan plan, int pick) {
    return PlanEdits.agreement(plan, a -> a.withAdoptsPlanId(plan.id() + "-altro"))
        .flatMap(m -> Mutation.of(m, "AGREEMENT_ADOPTS_OTHER_PLAN", Pointer.root().field(AGREEMENT).field(ADOPTS_PLAN_ID).toString()));
  }

  /**
   * A copy of the first item appended to one of the id lists the rule checks: every list can be
   * chosen by {@code pick}, so that no list's check goes untested. A copy, not a renamed item,
   * keeps every reference to the other items valid.
   */
  private static Optional<Mutation> duplicateId(ZonePlan plan, int pick) {
    List<Function<ZonePlan, Optional<Mutation>>> places = new ArrayList<>();
    places.add(p -> duplicate(p.organisations(), o -> o.id(), l -> copy(p).withOrganisations(l),
        Pointer.root().field(ORGANISATIONS)));
    places.add(p -> duplicate(p.participation().calls(), c -> c.id(),
        l -> PlanEdits.participation(p, pa -> pa.withCalls(l)), Pointer.root().field(PARTICIPATION).field(CALLS)));
    for (int c = 0; c < plan.participation().calls().size(); c++) {
      int call = c;
      places.add(p -> duplicate(p.participation().calls().get(call).annexes(), a -> a.id(),
          l -> PlanEdits.participation(p, pa -> pa.withCalls(replace(pa.calls(), call,
              ImmutableParticipationCall.copyOf(pa.calls().get(call)).withAnnexes(l)))),
          Pointer.root().field(PARTICIPATION).item(CALLS, call).field(ANNEXES)));
    }
    places.add(p -> duplicate(p.participation().expressionsOfInterest(), e -> e.id(),
        l -> PlanEdits.participation(p, pa -> pa.withExpressionsOfInterest(l)),
        Pointer.root().field(PARTICIPATION).field(EXPRESSIONS_OF_INTEREST)));
    places.add(p -> duplicate(p.participation().phases(), ph -> ph.id(),
        l -> PlanEdits.participation(p, pa -> pa.withPhases(l)), Pointer.root().field(PARTICIPATION).field(PHASES)));
    places.add(p -> duplicate(p.policyFramework().policyAreas(), a -> a.id(),
        l -> copy(p).withPolicyFramework(ImmutablePolicyFramework.copyOf(p.policyFramework()).withPolicyAreas(l)),
        Pointer.root().field(POLICY_FRAMEWORK).field(POLICY_AREAS)));
    places.add(p -> duplicate(p.policyFramework().strategicAreas(), a -> a.id(),
        l -> copy(p).withPolicyFramework(ImmutablePolicyFramework.copyOf(p.policyFramework()).withStrategicAreas(l)),
        Pointer.root().field(POLICY_FRAMEWORK).field(STRATEGIC_AREAS)));
    places.add(p -> p.policyFramework().priorityMatrix().flatMap(matrix -> duplicate(matrix.rows(), r -> r.id(),
        l -> copy(p).withPolicyFramework(ImmutablePolicyFramework.copyOf(p.policyFramework())
            .withPriorityMatrix(ImmutablePriorityMatrix.copyOf(matrix).withRows(l))),
        Pointer.root().field(POLICY_FRAMEWORK).field(PRIORITY_MATRIX).field(ROWS))));
    places.add(p -> p.policyFramework().priorityMatrix().flatMap(matrix -> duplicate(matrix.columns(), r -> r.id(),
        l -> copy(p).withPolicyFramework(ImmutablePolicyFramework.copyOf(p.policyFramework())
            .withPriorityMatrix(ImmutablePriorityMatrix.copyOf(matrix).withColumns(l))),
        Pointer.root().field(POLICY_FRAMEWORK).field(PRIORITY_MATRIX).field(COLUMNS))));
    for (int o = 0; o < plan.objectives().size(); o++) {
      int objective = o;
      Pointer at = Pointer.root().item(OBJECTIVES, o);
      places.add(p -> duplicate(p.objectives().get(objective).actions(), a -> a.id(),
          l -> PlanEdits.objective(p, objective, ob -> ob.withActions(l)), at.field(ACTIONS)));
      places.add(p -> duplicate(p.objectives().get(objective).milestones(), m -> m.id(),
          l -> PlanEdits.objective(p, objective, ob -> ob.withMilestones(l)), at.field(MILESTONES)));
      places.add(p -> duplicate(p.objectives().get(objective).indicators(), i -> i.id(),
          l -> PlanEdits.objective(p, objective, ob -> ob.withIndicators(l)), at.field(INDICATORS)));
    }
    for (int b = 0; b < plan.governanceBodies().size(); b++) {
      int body = b;
      places.add(p -> duplicate(p.governanceBodies().get(body).seatRules(), r -> r.id(),
          l -> PlanEdits.body(p, body, bo -> bo.withSeatRules(l)),
          Pointer.root().item(GOVERNANCE_BODIES, body).field(SEAT_RULES)));
    }
    places.add(p -> duplicate(p.previousPlanOutcomes(), o -> o.id(), l -> copy(p).withPreviousPlanOutcomes(l),
        Pointer.root().field(PREVIOUS_PLAN_OUTCOMES)));
    List<Integer> applicable = new ArrayList<>();
    for (int i = 0; i < places.size(); i++) {
      if (places.get(i).apply(plan).isPresent()) {
        applicable.add(i);
      }
    }
    return choose(applicable, pick).flatMap(i -> places.get(i).apply(plan));
  }

  /** The list with a copy of its first item appended, reported at the copy's id. */
  private static <T> Optional<Mutation> duplicate(List<T> items, Function<T, String> id,
      Function<ImmutableList<T>, ZonePlan> edit, Pointer list) {
    if (items.isEmpty()) {
      return Optional.empty();
    }
    return Mutation.of(edit.apply(append(items, items.get(0))), "DUPLICATE_ID",
            list.index(items.size()).field(ID).toString())
        .map(m -> m.withValues(ImmutableMap.of("id", id.apply(items.get(0)), "first", list.index(0).toString())));
  }

  private static Optional<Mutation> unknownParty(ZonePlan plan, int pick) {
    return choose(indexesOf(plan.objectives(), o -> !o.referents().isEmpty()), pick).flatMap(o -> Mutation.of(
        PlanEdits.objective(plan, o, ob -> ob.withReferents(replace(ob.referents(), 0,
            ImmutableReferent.copyOf(ob.referents().get(0)).withPartyId("mutant-no-such-party")))),
        "UNKNOWN_PARTY", Pointer.root().item(OBJECTIVES, o).item(REFERENTS, 0).field(PARTY_ID).toString()));
  }

  private static Optional<Mutation> unknownSubDistrict(ZonePlan plan, int pick) {
    List<Municipality> municipalities = plan.district().municipalities();
    return choose(indexesOf(municipalities, m -> m.subDistrictId().isPresent()), pick).flatMap(m -> Mutation.of(
        PlanEdits.district(plan, d -> d.withMunicipalities(replace(municipalities, m,
            ImmutableMunicipality.copyOf(municipalities.get(m)).withSubDistrictId("mutant-no-such-sub")))),
        "UNKNOWN_SUB_DISTRICT", Pointer.root().field(DISTRICT).item(MUNICIPALITIES, m).field(SUB_DISTRICT_ID).toString()));
  }

  private static Optional<Mutation> unknownParticipationItem(ZonePlan plan, int pick) {
    var interests = plan.participation().expressionsOfInterest();
    return choose(indexesOf(interests, e -> true), pick).flatMap(e -> Mutation.of(
        PlanEdits.participation(plan, p -> p.withExpressionsOfInterest(replace(interests, e,
            ImmutableExpressionOfInterest.copyOf(interests.get(e)).withCallId("mutant-no-such-call")))),
        "UNKNOWN_PARTICIPATION_ITEM", Pointer.root().field(PARTICIPATION).item(EXPRESSIONS_OF_INTEREST, e).field(CALL_ID).toString()));
  }

  private static Optional<Mutation> unknownWorkTable(ZonePlan plan, int pick) {
    if (plan.objectives().isEmpty()) {
      return Optional.empty();
    }
    int o = choose(plan.objectives().size(), pick);
    int index = plan.objectives().get(o).workTableIds().size();
    return Mutation.of(PlanEdits.objective(plan, o, ob -> ob.withWorkTableIds(append(ob.workTableIds(), "mutant-no-such-table"))),
        "UNKNOWN_WORK_TABLE", Pointer.root().item(OBJECTIVES, o).item(WORK_TABLE_IDS, index).toString());
  }

  private static Optional<Mutation> unknownPolicyItem(ZonePlan plan, int pick) {
    if (plan.objectives().isEmpty()) {
      return Optional.empty();
    }
    int o = choose(plan.objectives().size(), pick);
    int index = plan.objectives().get(o).targetGroupIds().size();
    return Mutation.of(PlanEdits.objective(plan, o, ob -> ob.withTargetGroupIds(append(ob.targetGroupIds(), "mutant-no-such-group"))),
        "UNKNOWN_POLICY_ITEM", Pointer.root().item(OBJECTIVES, o).item(TARGET_GROUP_IDS, index).toString());
  }

  /** A budget line of an objective that has other lines, pointed elsewhere. */
  private static Optional<Mutation> unknownObjective(ZonePlan plan, int pick) {
    List<BudgetLine> lines = plan.budget().lines();
    return choose(indexesOf(lines, l -> l.objectiveId().isPresent()
        && lines.stream().filter(x -> x.objectiveId().equals(l.objectiveId())).count() > 1), pick)
        .flatMap(i -> Mutation.of(PlanEdits.budget(plan, b -> b.withLines(replace(lines, i,
                ImmutableBudgetLine.copyOf(lines.get(i)).withObjectiveId("mutant-no-such-objective")))),
            "UNKNOWN_OBJECTIVE", Pointer.root().field(BUDGET).item(LINES, i).field(OBJECTIVE_ID).toString()));
  }

  private static Optional<Mutation> unknownGovernanceReference(ZonePlan plan, int pick) {
    var meetings = plan.participation().meetings();
    return choose(indexesOf(meetings, m -> m.governanceBodyId().isEmpty()), pick).flatMap(m -> Mutation.of(
        PlanEdits.participation(plan, p -> p.withMeetings(replace(meetings, m,
            ImmutableMeeting.copyOf(meetings.get(m)).withGovernanceBodyId("mutant-no-such-body")))),
        "UNKNOWN_GOVERNANCE_REFERENCE", Pointer.root().field(PARTICIPATION).item(MEETINGS, m).field(GOVERNANCE_BODY_ID).toString()));
  }

  private static Optional<Mutation> partyKindMismatch(ZonePlan plan, int pick) {
    Optional<Organisation> notMunicipality = plan.organisations().stream()
        .filter(o -> o.kind() == OrganisationKind.CONSORTIUM_COMPANY).findFirst();
    return notMunicipality.filter(o -> plan.district().leadMunicipalityId().isPresent()).flatMap(o -> Mutation.of(
        PlanEdits.district(plan, d -> d.withLeadMunicipalityId(o.id())),
        "PARTY_KIND_MISMATCH", Pointer.root().field(DISTRICT).field(LEAD_MUNICIPALITY_ID).toString()));
  }

  /**
   * One of the counts the rule can check (the whole plan's, of a subject it lists), chosen by
   * {@code pick}, made one more than listed; the municipalities one less, as a count above the
   * listed municipalities may be a partial list.
   */
  private static Optional<Mutation> declaredCountMismatch(ZonePlan plan, int pick) {
    Set<CountedSubject> listed = EnumSet.of(CountedSubject.MUNICIPALITIES, CountedSubject.SUB_DISTRICTS,
        CountedSubject.TARGET_GROUPS, CountedSubject.POLICY_AREAS, CountedSubject.STRATEGIC_AREAS,
        CountedSubject.OBJECTIVES, CountedSubject.WORK_TABLES);
    List<DeclaredCount> counts = plan.declaredCounts();
    return choose(indexesOf(counts, c -> c.scopeId().isEmpty() && listed.contains(c.subject())
        && c.value() > (c.subject() == CountedSubject.MUNICIPALITIES ? 1 : 0)), pick).flatMap(i -> {
          DeclaredCount count = counts.get(i);
          int changed = count.subject() == CountedSubject.MUNICIPALITIES ? count.value() - 1 : count.value() + 1;
          return Mutation.of(copy(plan).withDeclaredCounts(replace(counts, i,
                  ImmutableDeclaredCount.copyOf(count).withValue(changed))),
              "DECLARED_COUNT_MISMATCH", Pointer.root().item(DECLARED_COUNTS, i).toString())
              .map(m -> m.withValues(ImmutableMap.of("subject", count.subject(), "expected", changed,
                  "actual", count.value())));
        });
  }

  /** One of the regional plan's strategic areas dropped, with every reference to it. */
  private static Optional<Mutation> strategicAreasMissing(ZonePlan plan, int pick) {
    boolean required = RegionalProfiles.forRegion(plan.district().region()).cycleFor(plan.period())
        .map(c -> !c.requiredStrategicAreas().isEmpty()).orElse(false);
    var areas = plan.policyFramework().strategicAreas();
    if (!required || areas.isEmpty()) {
      return Optional.empty();
    }
    String dropped = areas.get(choose(areas.size(), pick)).id();
    ZonePlan mutated = copy(plan)
        .withPolicyFramework(ImmutablePolicyFramework.copyOf(plan.policyFramework())
            .withStrategicAreas(PlanEdits.removeIf(areas, a -> a.id().equals(dropped))))
        .withObjectives(plan.objectives().stream()
            .map(o -> ImmutableObjective.copyOf(o).withStrategicAreaIds(PlanEdits.removeIf(o.strategicAreaIds(), dropped::equals)))
            .collect(ImmutableList.toImmutableList()));
    mutated = PlanEdits.participation(mutated, p -> p.withWorkTables(p.workTables().stream()
        .map(t -> ImmutableWorkTable.copyOf(t).withStrategicAreaIds(PlanEdits.removeIf(t.strategicAreaIds(), dropped::equals)))
        .collect(ImmutableList.toImmutableList())));
    return Mutation.of(mutated, "STRATEGIC_AREAS_MISSING", Pointer.root().field(POLICY_FRAMEWORK).field(STRATEGIC_AREAS).toString());
  }

  private static Optional<Mutation> municipalityWithoutSubDistrict(ZonePlan plan, int pick) {
    List<Municipality> municipalities = plan.district().municipalities();
    List<Integer> placed = indexesOf(municipalities, m -> m.subDistrictId().isPresent());
    if (plan.district().subDistricts().isEmpty() || placed.size() < 2) {
      return Optional.empty();
    }
    return choose(placed, pick).flatMap(m -> Mutation.of(
        PlanEdits.district(plan, d -> d.withMunicipalities(replace(municipalities, m,
            ImmutableMunicipality.copyOf(municipalities.get(m)).withSubDistrictId(Optional.empty())))),
        "MUNICIPALITY_WITHOUT_SUB_DISTRICT", Pointer.root().field(DISTRICT).item(MUNICIPALITIES, m).toString()));
  }
}
