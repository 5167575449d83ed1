package it.pianodizona.testkit.mutators;

import static it.pianodizona.rules.spi.PlanFields.ACTIONS;
import static it.pianodizona.rules.spi.PlanFields.ADOPTS_PLAN_ID;
import static it.pianodizona.rules.spi.PlanFields.AGREEMENT;
import static it.pianodizona.rules.spi.PlanFields.ANNEXES;
import static it.pianodizona.rules.spi.PlanFields.CALLS;
import static it.pianodizona.rules.spi.PlanFields.COLUMNS;
import static it.pianodizona.rules.spi.PlanFields.DECLARED_COUNTS;
import static it.pianodizona.rules.spi.PlanFields.DISTRICT;
import static it.pianodizona.rules.spi.PlanFields.EXPRESSIONS_OF_INTEREST;
import static it.pianodizona.rules.spi.PlanFields.GOVERNANCE_BODIES;
import static it.pianodizona.rules.spi.PlanFields.ID;
import static it.pianodizona.rules.spi.PlanFields.INDICATORS;
import static it.pianodizona.rules.spi.PlanFields.LEAD_MUNICIPALITY_ID;
import static it.pianodizona.rules.spi.PlanFields.MEETINGS;
import static it.pianodizona.rules.spi.PlanFields.MILESTONES;
import static it.pianodizona.rules.spi.PlanFields.MUNICIPALITIES;
import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;
import static it.pianodizona.rules.spi.PlanFields.ORGANISATIONS;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;
import static it.pianodizona.rules.spi.PlanFields.PHASES;
import static it.pianodizona.rules.spi.PlanFields.POLICY_AREAS;
import static it.pianodizona.rules.spi.PlanFields.POLICY_FRAMEWORK;
import static it.pianodizona.rules.spi.PlanFields.PREVIOUS_PLAN_OUTCOMES;
import static it.pianodizona.rules.spi.PlanFields.PRIORITY_MATRIX;
import static it.pianodizona.rules.spi.PlanFields.ROWS;
import static it.pianodizona.rules.spi.PlanFields.SEAT_RULES;
import static it.pianodizona.rules.spi.PlanFields.STRATEGIC_AREAS;
import static it.pianodizona.rules.spi.PlanFields.SUB_DISTRICTS;
import static it.pianodizona.rules.spi.PlanFields.TARGET_GROUPS;
import static it.pianodizona.rules.spi.PlanFields.WORK_TABLES;
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
import it.pianodizona.model.objective.ImmutableAction;
import it.pianodizona.model.objective.ImmutableObjective;
import it.pianodizona.model.participation.ImmutableParticipationCall;
import it.pianodizona.model.participation.ImmutableWorkTable;
import it.pianodizona.model.participation.WorkTableKind;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            UnknownReferences::unknownParty, LifecycleMutators::approvalByUnknownParty)),
        Mutator.of("UNKNOWN_SUB_DISTRICT", UnknownReferences::unknownSubDistrict),
        Mutator.of("UNKNOWN_PARTICIPATION_ITEM", UnknownReferences::unknownParticipationItem),
        Mutator.of("UNKNOWN_WORK_TABLE", UnknownReferences::unknownWorkTable),
        Mutator.of("UNKNOWN_POLICY_ITEM", UnknownReferences::unknownPolicyItem),
        Mutator.of("UNKNOWN_OBJECTIVE", (plan, pick) -> LifecycleMutators.anyOf(plan, pick,
            UnknownReferences::unknownObjective, LifecycleMutators::periodAmountOfUnknownObjective)),
        Mutator.of("UNKNOWN_GOVERNANCE_REFERENCE", (plan, pick) -> LifecycleMutators.anyOf(plan, pick,
            UnknownReferences::unknownGovernanceReference, LifecycleMutators::approvalByUnknownBody)),
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
   * chosen by {@code pick} (a kind of list first, then which one), so that no list's check goes
   * untested. A copy, not a renamed item, keeps every reference to the other items valid.
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
    places.add(p -> duplicate(p.district().municipalities(), m -> m.id(), l -> PlanEdits.district(p, d -> d.withMunicipalities(l)),
        Pointer.root().field(DISTRICT).field(MUNICIPALITIES)));
    places.add(p -> duplicate(p.district().subDistricts(), m -> m.id(), l -> PlanEdits.district(p, d -> d.withSubDistricts(l)),
        Pointer.root().field(DISTRICT).field(SUB_DISTRICTS)));
    places.add(p -> duplicate(p.participation().workTables(), c -> c.id(),
        l -> PlanEdits.participation(p, pa -> pa.withWorkTables(l)), Pointer.root().field(PARTICIPATION).field(WORK_TABLES)));
    // Not a plenary's meeting: those are counted against the declared number of plenaries.
    places.add(p -> p.participation().meetings().stream().findFirst()
        .filter(m -> m.workTableId().map(p.workTablesById()::get).filter(t -> t.kind() == WorkTableKind.PLENARY).isEmpty())
        .flatMap(m -> duplicate(p.participation().meetings(), c -> c.id(),
            l -> PlanEdits.participation(p, pa -> pa.withMeetings(l)), Pointer.root().field(PARTICIPATION).field(MEETINGS))));
    places.add(p -> duplicate(p.policyFramework().targetGroups(), a -> a.id(),
        l -> copy(p).withPolicyFramework(ImmutablePolicyFramework.copyOf(p.policyFramework()).withTargetGroups(l)),
        Pointer.root().field(POLICY_FRAMEWORK).field(TARGET_GROUPS)));
    // The copied objective gets a code of its own, which OBJECTIVE_CODE_DUPLICATE checks.
    places.add(p -> p.objectives().isEmpty() ? Optional.empty() : duplicate(p.objectives(), 0,
        ImmutableObjective.copyOf(p.objectives().get(0)).withCode("mutant-" + p.objectives().get(0).code()),
        o -> o.id(), l -> copy(p).withObjectives(l), Pointer.root().field(OBJECTIVES)));
    // The last body copied, as the first decides and two deciders are DECISION_BODY_NOT_UNIQUE.
    places.add(p -> p.governanceBodies().size() < 2 ? Optional.empty() : duplicate(p.governanceBodies(),
        p.governanceBodies().size() - 1, p.governanceBodies().get(p.governanceBodies().size() - 1),
        o -> o.id(), l -> copy(p).withGovernanceBodies(l), Pointer.root().field(GOVERNANCE_BODIES)));
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
    // Grouped by list (the actions of every objective are one kind), so that picks 0 to the
    // number of kinds less one reach every kind of list, however many objectives the plan has.
    Map<String, List<Mutation>> byKind = new LinkedHashMap<>();
    for (Function<ZonePlan, Optional<Mutation>> place : places) {
      place.apply(plan).ifPresent(m -> byKind.computeIfAbsent(m.path().replaceAll("/[0-9]+", "/-"),
          k -> new ArrayList<>()).add(m));
    }
    if (byKind.isEmpty()) {
      return Optional.empty();
    }
    List<List<Mutation>> kinds = new ArrayList<>(byKind.values());
    List<Mutation> kind = kinds.get(Math.floorMod(pick, kinds.size()));
    return Optional.of(kind.get(Math.floorMod(Math.floorDiv(pick, kinds.size()), kind.size())));
  }

  /** The list with a copy of its first item appended, reported at the copy's id. */
  private static <T> Optional<Mutation> duplicate(List<T> items, Function<T, String> id,
      Function<ImmutableList<T>, ZonePlan> edit, Pointer list) {
    if (items.isEmpty()) {
      return Optional.empty();
    }
    return duplicate(items, 0, items.get(0), id, edit, list);
  }

  /** The list with {@code copy} (of the item at {@code index}, with its id) appended, reported at the copy's id. */
  private static <T> Optional<Mutation> duplicate(List<T> items, int index, T copy, Function<T, String> id,
      Function<ImmutableList<T>, ZonePlan> edit, Pointer list) {
    return Mutation.of(edit.apply(append(items, copy)), "DUPLICATE_ID", list.index(items.size()).field(ID).toString())
        .map(m -> m.withValues(ImmutableMap.of("id", id.apply(items.get(index)), "first", list.index(index).toString())));
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
    Places places = new Places();
    for (int c = 0; c < counts.size(); c++) {
      DeclaredCount count = counts.get(c);
      int i = c;
      if (count.scopeId().isEmpty() && listed.contains(count.subject())
          && count.value() > (count.subject() == CountedSubject.MUNICIPALITIES ? 1 : 0)) {
        int changed = count.subject() == CountedSubject.MUNICIPALITIES ? count.value() - 1 : count.value() + 1;
        places.add(count.subject().name(), Pointer.root().item(DECLARED_COUNTS, i),
            () -> copy(plan).withDeclaredCounts(replace(counts, i, ImmutableDeclaredCount.copyOf(count).withValue(changed))),
            countValues(count.subject(), changed, count.value()));
      }
    }
    // Counts the plan does not state, added: the strategic areas, and a sub-district's
    // municipalities (one fewer than it lists) and working tables (one more).
    Pointer added = Pointer.root().item(DECLARED_COUNTS, counts.size());
    int areas = plan.policyFramework().strategicAreas().size();
    if (areas > 0 && counts.stream().noneMatch(c -> c.subject() == CountedSubject.STRATEGIC_AREAS)) {
      places.add("strategicAreas", added,
          () -> copy(plan).withDeclaredCounts(append(counts, count(CountedSubject.STRATEGIC_AREAS, areas + 1, Optional.empty()))),
          countValues(CountedSubject.STRATEGIC_AREAS, areas + 1, areas));
    }
    for (var sub : plan.district().subDistricts()) {
      Optional<String> scope = Optional.of(sub.id());
      int municipalities = (int) plan.district().municipalities().stream().filter(m -> m.subDistrictId().equals(scope)).count();
      int tables = (int) plan.participation().workTables().stream()
          .filter(t -> t.subDistrictId().equals(scope) && t.kind() != WorkTableKind.PLENARY).count();
      if (municipalities > 1) {
        places.add("subDistrictMunicipalities", added,
            () -> copy(plan).withDeclaredCounts(append(counts, count(CountedSubject.MUNICIPALITIES, municipalities - 1, scope))),
            countValues(CountedSubject.MUNICIPALITIES, municipalities - 1, municipalities));
      }
      if (tables > 0) {
        places.add("subDistrictTables", added,
            () -> copy(plan).withDeclaredCounts(append(counts, count(CountedSubject.WORK_TABLES, tables + 1, scope))),
            countValues(CountedSubject.WORK_TABLES, tables + 1, tables));
      }
    }
    return places.mutation("DECLARED_COUNT_MISMATCH", pick);
  }

  private static ImmutableMap<String, Object> countValues(CountedSubject subject, int expected, int actual) {
    return ImmutableMap.of("subject", subject, "expected", expected, "actual", actual);
  }

  private static DeclaredCount count(CountedSubject subject, int value, Optional<String> scope) {
    return DeclaredCount.builder().subject(subject).value(value).scopeId(scope)
        .statedAs(value + " (" + subject + scope.map(s -> ", " + s).orElse("") + ")").build();
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
