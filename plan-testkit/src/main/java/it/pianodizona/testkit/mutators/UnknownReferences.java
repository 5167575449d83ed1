package it.pianodizona.testkit.mutators;

import static it.pianodizona.rules.spi.PlanFields.ADHERENTS;
import static it.pianodizona.rules.spi.PlanFields.AGREEMENT;
import static it.pianodizona.rules.spi.PlanFields.BUDGET;
import static it.pianodizona.rules.spi.PlanFields.CALLS;
import static it.pianodizona.rules.spi.PlanFields.CALL_ID;
import static it.pianodizona.rules.spi.PlanFields.COLUMN_ID;
import static it.pianodizona.rules.spi.PlanFields.COORDINATOR_ID;
import static it.pianodizona.rules.spi.PlanFields.DECLARED_TOTALS;
import static it.pianodizona.rules.spi.PlanFields.DISTRICT;
import static it.pianodizona.rules.spi.PlanFields.EXPRESSIONS_OF_INTEREST;
import static it.pianodizona.rules.spi.PlanFields.FORMULA;
import static it.pianodizona.rules.spi.PlanFields.GOVERNANCE_BODIES;
import static it.pianodizona.rules.spi.PlanFields.GOVERNANCE_BODY_ID;
import static it.pianodizona.rules.spi.PlanFields.INDICATORS;
import static it.pianodizona.rules.spi.PlanFields.ISSUER_ID;
import static it.pianodizona.rules.spi.PlanFields.LEAD_MUNICIPALITY_ID;
import static it.pianodizona.rules.spi.PlanFields.LEAD_PARTY_ID;
import static it.pianodizona.rules.spi.PlanFields.LINES;
import static it.pianodizona.rules.spi.PlanFields.MATRIX_CELL;
import static it.pianodizona.rules.spi.PlanFields.MEETINGS;
import static it.pianodizona.rules.spi.PlanFields.MEMBERS;
import static it.pianodizona.rules.spi.PlanFields.MUNICIPALITIES;
import static it.pianodizona.rules.spi.PlanFields.MUNICIPALITY_ID;
import static it.pianodizona.rules.spi.PlanFields.NUMERATOR_OBJECTIVE_ID;
import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;
import static it.pianodizona.rules.spi.PlanFields.OBJECTIVE_ID;
import static it.pianodizona.rules.spi.PlanFields.ORGANISATIONS;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPANT_IDS;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;
import static it.pianodizona.rules.spi.PlanFields.PARTY_ID;
import static it.pianodizona.rules.spi.PlanFields.PHASE_ID;
import static it.pianodizona.rules.spi.PlanFields.POLICY_AREA_IDS;
import static it.pianodizona.rules.spi.PlanFields.REFERENTS;
import static it.pianodizona.rules.spi.PlanFields.ROW_ID;
import static it.pianodizona.rules.spi.PlanFields.SIGNATORIES;
import static it.pianodizona.rules.spi.PlanFields.STRATEGIC_AREA_IDS;
import static it.pianodizona.rules.spi.PlanFields.SUB_DISTRICT_ID;
import static it.pianodizona.rules.spi.PlanFields.TARGET_GROUP_IDS;
import static it.pianodizona.rules.spi.PlanFields.WORK_TABLES;
import static it.pianodizona.rules.spi.PlanFields.WORK_TABLE_ID;
import static it.pianodizona.rules.spi.PlanFields.WORK_TABLE_IDS;
import static it.pianodizona.testkit.mutators.PlanEdits.append;
import static it.pianodizona.testkit.mutators.PlanEdits.copy;
import static it.pianodizona.testkit.mutators.PlanEdits.replace;

import com.google.common.collect.ImmutableMap;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.ImmutableAdherent;
import it.pianodizona.model.agreement.ImmutableSignatory;
import it.pianodizona.model.budget.ImmutableBudgetLine;
import it.pianodizona.model.budget.ImmutableDeclaredTotal;
import it.pianodizona.model.governance.ImmutableBodyMember;
import it.pianodizona.model.objective.ImmutableBudgetFormula;
import it.pianodizona.model.objective.ImmutableReferent;
import it.pianodizona.model.participation.ImmutableExpressionOfInterest;
import it.pianodizona.model.participation.ImmutableMeeting;
import it.pianodizona.model.participation.ImmutableParticipationCall;
import it.pianodizona.model.participation.ImmutableWorkTable;
import it.pianodizona.model.participation.WorkTableKind;
import it.pianodizona.model.policy.ImmutableMatrixCell;
import it.pianodizona.model.territory.ImmutableMunicipality;
import it.pianodizona.model.territory.ImmutableOrganisation;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.rules.spi.Pointer;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Riferimenti sconosciuti: the mutators of the {@code UNKNOWN_*} rules, each able to put an id the
 * plan does not have at every kind of place its rule checks (a single reference is replaced, a
 * list of references gets one more), chosen by {@code pick} through {@link Places}. The finding
 * must carry the unknown id.
 */
final class UnknownReferences {

  private UnknownReferences() {}

  /**
   * A municipality or organisation the plan does not list, wherever a party is named. (The health
   * authority and the parties that must sign are also other rules' business: plan-tests'
   * IntegrityPlacesTest checks those places.)
   */
  static Optional<Mutation> unknownParty(ZonePlan plan, int pick) {
    String id = "mutant-no-such-party";
    Places places = new Places();
    // The referents first: pick 0 is where this mutator put its defect before it knew the others.
    for (int i = 0; i < plan.objectives().size(); i++) {
      int o = i;
      var referents = plan.objectives().get(o).referents();
      for (int j = 0; j < referents.size(); j++) {
        int r = j;
        places.add("referent", Pointer.root().item(OBJECTIVES, o).item(REFERENTS, r).field(PARTY_ID),
            () -> PlanEdits.objective(plan, o, ob -> ob.withReferents(replace(referents, r,
                ImmutableReferent.copyOf(referents.get(r)).withPartyId(id)))));
      }
    }
    Pointer district = Pointer.root().field(DISTRICT);
    if (plan.district().leadMunicipalityId().isPresent()) {
      places.add("lead", district.field(LEAD_MUNICIPALITY_ID),
          () -> PlanEdits.district(plan, d -> d.withLeadMunicipalityId(id)));
    }
    for (int i = 0; i < plan.organisations().size(); i++) {
      int o = i;
      if (plan.organisations().get(o).municipalityId().isPresent()) {
        places.add("organisation", Pointer.root().item(ORGANISATIONS, o).field(MUNICIPALITY_ID),
            () -> copy(plan).withOrganisations(replace(plan.organisations(), o,
                ImmutableOrganisation.copyOf(plan.organisations().get(o)).withMunicipalityId(id))));
      }
    }
    var calls = plan.participation().calls();
    for (int i = 0; i < calls.size(); i++) {
      int c = i;
      if (calls.get(c).issuerId().isPresent()) {
        places.add("issuer", Pointer.root().field(PARTICIPATION).item(CALLS, c).field(ISSUER_ID),
            () -> PlanEdits.participation(plan, p -> p.withCalls(replace(calls, c,
                ImmutableParticipationCall.copyOf(calls.get(c)).withIssuerId(id)))));
      }
    }
    var interests = plan.participation().expressionsOfInterest();
    for (int i = 0; i < interests.size(); i++) {
      int e = i;
      places.add("applicant", Pointer.root().field(PARTICIPATION).item(EXPRESSIONS_OF_INTEREST, e).field(PARTY_ID),
          () -> PlanEdits.participation(plan, p -> p.withExpressionsOfInterest(replace(interests, e,
              ImmutableExpressionOfInterest.copyOf(interests.get(e)).withPartyId(id)))));
    }
    var tables = plan.participation().workTables();
    for (int i = 0; i < tables.size(); i++) {
      int t = i;
      places.add("participant", Pointer.root().field(PARTICIPATION).item(WORK_TABLES, t).item(PARTICIPANT_IDS,
              tables.get(t).participantIds().size()),
          () -> PlanEdits.participation(plan, p -> p.withWorkTables(replace(tables, t,
              ImmutableWorkTable.copyOf(tables.get(t)).withParticipantIds(append(tables.get(t).participantIds(), id))))));
    }
    for (int i = 0; i < plan.governanceBodies().size(); i++) {
      int b = i;
      var body = plan.governanceBodies().get(b);
      if (body.coordinatorId().isPresent()) {
        places.add("coordinator", Pointer.root().item(GOVERNANCE_BODIES, b).field(COORDINATOR_ID),
            () -> PlanEdits.body(plan, b, bo -> bo.withCoordinatorId(id)));
      }
      for (int j = 0; j < body.members().size(); j++) {
        int m = j;
        // A municipality's seat is counted by its seat rule: only other members' parties go unknown.
        if (body.members().get(m).partyId().filter(party -> !isMunicipality(plan, party)).isPresent()) {
          places.add("member", Pointer.root().item(GOVERNANCE_BODIES, b).item(MEMBERS, m).field(PARTY_ID),
              () -> PlanEdits.body(plan, b, bo -> bo.withMembers(replace(body.members(), m,
                  ImmutableBodyMember.copyOf(body.members().get(m)).withPartyId(id)))));
        }
      }
    }
    plan.agreement().ifPresent(agreement -> {
      Pointer at = Pointer.root().field(AGREEMENT);
      if (agreement.leadPartyId().isPresent()) {
        places.add("agreementLead", at.field(LEAD_PARTY_ID),
            () -> PlanEdits.agreement(plan, a -> a.withLeadPartyId(id)).orElseThrow());
      }
      for (int i = 0; i < agreement.signatories().size(); i++) {
        int s = i;
        // Municipalities, the health authority and (in Lombardia) the healthcare trust must sign:
        // only the other signatories go unknown.
        String party = agreement.signatories().get(s).partyId();
        boolean healthBody = plan.organisations().stream().anyMatch(o -> o.id().equals(party)
            && (o.kind() == OrganisationKind.HEALTH_AUTHORITY || o.kind() == OrganisationKind.HEALTHCARE_TRUST));
        if (isMunicipality(plan, party) || healthBody || plan.district().healthAuthorityId().equals(Optional.of(party))) {
          continue;
        }
        places.add("signatory", at.item(SIGNATORIES, s).field(PARTY_ID),
            () -> PlanEdits.agreement(plan, a -> a.withSignatories(replace(agreement.signatories(), s,
                ImmutableSignatory.copyOf(agreement.signatories().get(s)).withPartyId(id)))).orElseThrow());
      }
      for (int i = 0; i < agreement.adherents().size(); i++) {
        int h = i;
        places.add("adherent", at.item(ADHERENTS, h).field(PARTY_ID),
            () -> PlanEdits.agreement(plan, a -> a.withAdherents(replace(agreement.adherents(), h,
                ImmutableAdherent.copyOf(agreement.adherents().get(h)).withPartyId(id)))).orElseThrow());
      }
    });
    return mutation(places, pick, "UNKNOWN_PARTY", id);
  }

  /**
   * A sub-district the plan does not have, named by a municipality or a working table. (A
   * member's seat per sub-district is also counted by SUB_DISTRICT_SEATS_MISMATCH: plan-tests'
   * IntegrityPlacesTest checks that place.)
   */
  static Optional<Mutation> unknownSubDistrict(ZonePlan plan, int pick) {
    String id = "mutant-no-such-sub";
    Places places = new Places();
    var municipalities = plan.district().municipalities();
    for (int i = 0; i < municipalities.size(); i++) {
      int m = i;
      if (municipalities.get(m).subDistrictId().isPresent()) {
        places.add("municipality", Pointer.root().field(DISTRICT).item(MUNICIPALITIES, m).field(SUB_DISTRICT_ID),
            () -> PlanEdits.district(plan, d -> d.withMunicipalities(replace(municipalities, m,
                ImmutableMunicipality.copyOf(municipalities.get(m)).withSubDistrictId(id)))));
      }
    }
    var tables = plan.participation().workTables();
    for (int i = 0; i < tables.size(); i++) {
      int t = i;
      if (tables.get(t).subDistrictId().isPresent()) {
        places.add("workTable", Pointer.root().field(PARTICIPATION).item(WORK_TABLES, t).field(SUB_DISTRICT_ID),
            () -> PlanEdits.participation(plan, p -> p.withWorkTables(replace(tables, t,
                ImmutableWorkTable.copyOf(tables.get(t)).withSubDistrictId(id)))));
      }
    }
    return mutation(places, pick, "UNKNOWN_SUB_DISTRICT", id);
  }

  /** A phase or call the plan does not have, named by a meeting, a table or an expression of interest. */
  static Optional<Mutation> unknownParticipationItem(ZonePlan plan, int pick) {
    Places places = new Places();
    String phase = "mutant-no-such-phase";
    String call = "mutant-no-such-call";
    // The expressions of interest first: pick 0 is where this mutator put its defect before.
    var interests = plan.participation().expressionsOfInterest();
    for (int i = 0; i < interests.size(); i++) {
      int e = i;
      places.add("interestCall", Pointer.root().field(PARTICIPATION).item(EXPRESSIONS_OF_INTEREST, e).field(CALL_ID),
          () -> PlanEdits.participation(plan, p -> p.withExpressionsOfInterest(replace(interests, e,
              ImmutableExpressionOfInterest.copyOf(interests.get(e)).withCallId(call)))));
    }
    var meetings = plan.participation().meetings();
    for (int i = 0; i < meetings.size(); i++) {
      int m = i;
      if (meetings.get(m).phaseId().isPresent()) {
        places.add("meetingPhase", Pointer.root().field(PARTICIPATION).item(MEETINGS, m).field(PHASE_ID),
            () -> PlanEdits.participation(plan, p -> p.withMeetings(replace(meetings, m,
                ImmutableMeeting.copyOf(meetings.get(m)).withPhaseId(phase)))));
      }
    }
    var tables = plan.participation().workTables();
    for (int i = 0; i < tables.size(); i++) {
      int t = i;
      if (tables.get(t).phaseId().isPresent()) {
        places.add("tablePhase", Pointer.root().field(PARTICIPATION).item(WORK_TABLES, t).field(PHASE_ID),
            () -> PlanEdits.participation(plan, p -> p.withWorkTables(replace(tables, t,
                ImmutableWorkTable.copyOf(tables.get(t)).withPhaseId(phase)))));
      }
      if (tables.get(t).callId().isPresent()) {
        places.add("tableCall", Pointer.root().field(PARTICIPATION).item(WORK_TABLES, t).field(CALL_ID),
            () -> PlanEdits.participation(plan, p -> p.withWorkTables(replace(tables, t,
                ImmutableWorkTable.copyOf(tables.get(t)).withCallId(call)))));
      }
    }
    return places.choose(pick).flatMap(place -> {
      String id = place.path().toString().endsWith(PHASE_ID) ? phase : call;
      return Mutation.of(place.plan().get(), "UNKNOWN_PARTICIPATION_ITEM", place.path().toString())
          .map(m -> m.withValues(ImmutableMap.of("id", id)));
    });
  }

  /** A working table the plan does not have, named by an objective, a meeting or an expression of interest. */
  static Optional<Mutation> unknownWorkTable(ZonePlan plan, int pick) {
    String id = "mutant-no-such-table";
    Places places = new Places();
    for (int i = 0; i < plan.objectives().size(); i++) {
      int o = i;
      List<String> ids = plan.objectives().get(o).workTableIds();
      places.add("objective", Pointer.root().item(OBJECTIVES, o).item(WORK_TABLE_IDS, ids.size()),
          () -> PlanEdits.objective(plan, o, ob -> ob.withWorkTableIds(append(ids, id))));
    }
    var meetings = plan.participation().meetings();
    for (int i = 0; i < meetings.size(); i++) {
      int m = i;
      // A plenary's meetings are counted against the declared number of plenaries.
      boolean plenary = meetings.get(m).workTableId().map(plan.workTablesById()::get)
          .filter(t -> t.kind() == WorkTableKind.PLENARY).isPresent();
      if (meetings.get(m).workTableId().isPresent() && !plenary) {
        places.add("meeting", Pointer.root().field(PARTICIPATION).item(MEETINGS, m).field(WORK_TABLE_ID),
            () -> PlanEdits.participation(plan, p -> p.withMeetings(replace(meetings, m,
                ImmutableMeeting.copyOf(meetings.get(m)).withWorkTableId(id)))));
      }
    }
    var interests = plan.participation().expressionsOfInterest();
    for (int i = 0; i < interests.size(); i++) {
      int e = i;
      List<String> ids = interests.get(e).workTableIds();
      places.add("interest", Pointer.root().field(PARTICIPATION).item(EXPRESSIONS_OF_INTEREST, e).item(WORK_TABLE_IDS, ids.size()),
          () -> PlanEdits.participation(plan, p -> p.withExpressionsOfInterest(replace(interests, e,
              ImmutableExpressionOfInterest.copyOf(interests.get(e)).withWorkTableIds(append(ids, id))))));
    }
    return mutation(places, pick, "UNKNOWN_WORK_TABLE", id);
  }

  /**
   * A target group, policy area or strategic area the plan does not have, added to an objective's
   * or a table's list; or a matrix row or column an objective's cell names.
   */
  static Optional<Mutation> unknownPolicyItem(ZonePlan plan, int pick) {
    String group = "mutant-no-such-group";
    String area = "mutant-no-such-area";
    String strategic = "mutant-no-such-strategic-area";
    String row = "mutant-no-such-row";
    String column = "mutant-no-such-column";
    Places places = new Places();
    for (int i = 0; i < plan.objectives().size(); i++) {
      int o = i;
      var objective = plan.objectives().get(o);
      Pointer at = Pointer.root().item(OBJECTIVES, o);
      places.add("objectiveGroup", at.item(TARGET_GROUP_IDS, objective.targetGroupIds().size()),
          () -> PlanEdits.objective(plan, o, ob -> ob.withTargetGroupIds(append(ob.targetGroupIds(), group))), id(group));
      places.add("objectiveArea", at.item(POLICY_AREA_IDS, objective.policyAreaIds().size()),
          () -> PlanEdits.objective(plan, o, ob -> ob.withPolicyAreaIds(append(ob.policyAreaIds(), area))), id(area));
      places.add("objectiveStrategicArea", at.item(STRATEGIC_AREA_IDS, objective.strategicAreaIds().size()),
          () -> PlanEdits.objective(plan, o, ob -> ob.withStrategicAreaIds(append(ob.strategicAreaIds(), strategic))),
          id(strategic));
      objective.matrixCell().ifPresent(cell -> {
        places.add("matrixRow", at.field(MATRIX_CELL).field(ROW_ID),
            () -> PlanEdits.objective(plan, o, ob -> ob.withMatrixCell(ImmutableMatrixCell.copyOf(cell).withRowId(row))),
            id(row));
        places.add("matrixColumn", at.field(MATRIX_CELL).field(COLUMN_ID),
            () -> PlanEdits.objective(plan, o, ob -> ob.withMatrixCell(ImmutableMatrixCell.copyOf(cell).withColumnId(column))),
            id(column));
      });
    }
    var tables = plan.participation().workTables();
    for (int i = 0; i < tables.size(); i++) {
      int t = i;
      var table = tables.get(t);
      Pointer at = Pointer.root().field(PARTICIPATION).item(WORK_TABLES, t);
      places.add("tableGroup", at.item(TARGET_GROUP_IDS, table.targetGroupIds().size()),
          () -> table(plan, t, w -> w.withTargetGroupIds(append(w.targetGroupIds(), group))), id(group));
      places.add("tableArea", at.item(POLICY_AREA_IDS, table.policyAreaIds().size()),
          () -> table(plan, t, w -> w.withPolicyAreaIds(append(w.policyAreaIds(), area))), id(area));
      places.add("tableStrategicArea", at.item(STRATEGIC_AREA_IDS, table.strategicAreaIds().size()),
          () -> table(plan, t, w -> w.withStrategicAreaIds(append(w.strategicAreaIds(), strategic))), id(strategic));
    }
    return places.mutation("UNKNOWN_POLICY_ITEM", pick);
  }

  /**
   * An objective the plan does not have, named by a budget line of an objective that has other
   * lines (so that the objective keeps its resources), a declared total or an indicator's formula.
   */
  static Optional<Mutation> unknownObjective(ZonePlan plan, int pick) {
    String id = "mutant-no-such-objective";
    Places places = new Places();
    var lines = plan.budget().lines();
    for (int i = 0; i < lines.size(); i++) {
      int l = i;
      var objective = lines.get(l).objectiveId();
      if (objective.isPresent() && lines.stream().filter(x -> x.objectiveId().equals(objective)).count() > 1) {
        places.add("line", Pointer.root().field(BUDGET).item(LINES, l).field(OBJECTIVE_ID),
            () -> PlanEdits.budget(plan, b -> b.withLines(replace(lines, l,
                ImmutableBudgetLine.copyOf(lines.get(l)).withObjectiveId(id)))));
      }
    }
    var totals = plan.budget().declaredTotals();
    for (int i = 0; i < totals.size(); i++) {
      int d = i;
      if (totals.get(d).objectiveId().isPresent()) {
        places.add("declaredTotal", Pointer.root().field(BUDGET).item(DECLARED_TOTALS, d).field(OBJECTIVE_ID),
            () -> PlanEdits.budget(plan, b -> b.withDeclaredTotals(replace(totals, d,
                ImmutableDeclaredTotal.copyOf(totals.get(d)).withObjectiveId(id)))));
      }
    }
    for (int i = 0; i < plan.objectives().size(); i++) {
      int o = i;
      var indicators = plan.objectives().get(o).indicators();
      for (int j = 0; j < indicators.size(); j++) {
        int n = j;
        indicators.get(n).formula().filter(f -> f.numeratorObjectiveId().isPresent()).ifPresent(formula ->
            places.add("formula", Pointer.root().item(OBJECTIVES, o).item(INDICATORS, n).field(FORMULA)
                    .field(NUMERATOR_OBJECTIVE_ID),
                () -> PlanEdits.indicator(plan, o, n, ind -> ind.withFormula(
                    ImmutableBudgetFormula.copyOf(formula).withNumeratorObjectiveId(id)))));
      }
    }
    return mutation(places, pick, "UNKNOWN_OBJECTIVE", id);
  }

  /**
   * A governance body a meeting names that the plan does not have. (A member's seat rule is also
   * counted by the seat rules' checks: plan-tests' IntegrityPlacesTest checks that place.)
   */
  static Optional<Mutation> unknownGovernanceReference(ZonePlan plan, int pick) {
    Places places = new Places();
    String body = "mutant-no-such-body";
    var meetings = plan.participation().meetings();
    for (int i = 0; i < meetings.size(); i++) {
      int m = i;
      if (meetings.get(m).governanceBodyId().isEmpty()) {
        places.add("meeting", Pointer.root().field(PARTICIPATION).item(MEETINGS, m).field(GOVERNANCE_BODY_ID),
            () -> PlanEdits.participation(plan, p -> p.withMeetings(replace(meetings, m,
                ImmutableMeeting.copyOf(meetings.get(m)).withGovernanceBodyId(body)))));
      }
    }
    return mutation(places, pick, "UNKNOWN_GOVERNANCE_REFERENCE", body);
  }

  private static boolean isMunicipality(ZonePlan plan, String party) {
    return plan.district().municipalities().stream().anyMatch(m -> m.id().equals(party));
  }

  private static ImmutableMap<String, Object> id(String id) {
    return ImmutableMap.of("id", id);
  }

  private static ZonePlan table(ZonePlan plan, int index, Function<ImmutableWorkTable, ImmutableWorkTable> edit) {
    var tables = plan.participation().workTables();
    return PlanEdits.participation(plan, p -> p.withWorkTables(replace(tables, index,
        edit.apply(ImmutableWorkTable.copyOf(tables.get(index))))));
  }

  private static Optional<Mutation> mutation(Places places, int pick, String ruleId, String id) {
    return places.mutation(ruleId, pick).map(m -> m.withValues(ImmutableMap.of("id", id)));
  }
}
