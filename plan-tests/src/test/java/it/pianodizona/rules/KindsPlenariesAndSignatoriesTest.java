package it.pianodizona.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.CountedSubject;
import it.pianodizona.model.DeclaredCount;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.PlanStatus;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.ImmutableProgrammeAgreement;
import it.pianodizona.model.agreement.ProgrammeAgreement;
import it.pianodizona.model.agreement.Signatory;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.governance.ImmutableGovernanceBody;
import it.pianodizona.model.participation.ImmutableMeeting;
import it.pianodizona.model.participation.ImmutableParticipation;
import it.pianodizona.model.participation.ImmutableWorkTable;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.model.participation.ParticipationCall;
import it.pianodizona.model.participation.WorkTable;
import it.pianodizona.model.participation.WorkTableKind;
import it.pianodizona.model.territory.Official;
import it.pianodizona.model.territory.OfficialRole;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.rules.standard.StandardRules;
import it.pianodizona.testkit.mutators.PlanEdits;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Issue 17, item 2: the situations of the Puglia plan that raised false alarms, built on
 * generated plans. "6 tavoli tematici" counts thematic tables, not the co-programming table; a
 * plenary convened by its own open invitation is not tied to the plan's only call; an agreement
 * whose sources do not state its signatories is not an agreement without them; the references
 * schema 1.1 added (meeting participants, owners, officials) are checked like the others.
 */
class KindsPlenariesAndSignatoriesTest {

  private static final Validator VALIDATOR = StandardRules.validator(
      ValidationOptions.builder().asOf(LocalDate.of(2026, 1, 1)).build());

  private static List<Finding> findings(ZonePlan plan, String rule) {
    return VALIDATOR.validate(plan).findings().stream().filter(f -> f.ruleId().equals(rule))
        .collect(Collectors.toList());
  }

  private static int thematicTables(ZonePlan plan) {
    return (int) plan.participation().workTables().stream().filter(t -> t.kind() == WorkTableKind.THEMATIC).count();
  }

  /** The plan with a co-programming table beside its thematic ones, as with the health authority in Puglia. */
  private static ZonePlan withCoProgrammingTable(ZonePlan plan) {
    WorkTable coProgramming = WorkTable.builder().id("co-programmazione").name("Tavolo di co-programmazione")
        .kind(WorkTableKind.CO_PROGRAMMING).build();
    return PlanEdits.participation(plan, p -> p.withWorkTables(PlanEdits.append(p.workTables(), coProgramming)));
  }

  private static ZonePlan withCount(ZonePlan plan, DeclaredCount count) {
    return ImmutableZonePlan.copyOf(plan).withDeclaredCounts(ImmutableList.<DeclaredCount>builder()
        .addAll(plan.declaredCounts().stream().filter(c -> c.subject() != CountedSubject.WORK_TABLES).toList())
        .add(count).build());
  }

  @Property
  void aCountOfThematicTablesIgnoresTheCoProgrammingTable(@ForAll(supplier = GeneratedPlans.Puglia.class) ZonePlan plan) {
    ZonePlan withTable = withCoProgrammingTable(plan);
    int thematic = thematicTables(withTable);
    DeclaredCount count = DeclaredCount.builder().subject(CountedSubject.WORK_TABLES).value(thematic)
        .statedAs(thematic + " tavoli tematici").workTableKind(WorkTableKind.THEMATIC).build();
    assertThat(findings(withCount(withTable, count), "DECLARED_COUNT_MISMATCH")).isEmpty();
  }

  @Property
  void aCountThatNamesNoKindStillCountsEveryWorkingTable(@ForAll(supplier = GeneratedPlans.Puglia.class) ZonePlan plan) {
    ZonePlan withTable = withCoProgrammingTable(plan);
    int thematic = thematicTables(withTable);
    DeclaredCount count = DeclaredCount.builder().subject(CountedSubject.WORK_TABLES).value(thematic)
        .statedAs(thematic + " tavoli").build();
    assertThat(findings(withCount(withTable, count), "DECLARED_COUNT_MISMATCH")).hasSize(1);
  }

  @Property
  void aCountOfThematicTablesStillSeesAMissingThematicTable(@ForAll(supplier = GeneratedPlans.Puglia.class) ZonePlan plan) {
    ZonePlan withTable = withCoProgrammingTable(plan);
    int thematic = thematicTables(withTable);
    DeclaredCount count = DeclaredCount.builder().subject(CountedSubject.WORK_TABLES).value(thematic + 1)
        .statedAs((thematic + 1) + " tavoli tematici").workTableKind(WorkTableKind.THEMATIC).build();
    assertThat(findings(withCount(withTable, count), "DECLARED_COUNT_MISMATCH")).hasSize(1);
  }

  /**
   * The plenary convened by its own open invitation, meeting before the deadline of the plan's
   * only call for expressions of interest: before issue 17 it was tied to that call by default.
   */
  @Property
  void aPlenaryOfItsOwnIsNotHeldBeforeTheCallsDeadline(@ForAll(supplier = GeneratedPlans.Puglia.class) ZonePlan plan) {
    List<ParticipationCall> calls = plan.participation().calls();
    Assume.that(calls.size() == 1 && calls.get(0).deadline().isPresent());
    LocalDate before = PlanEdits.workingDayUntil(calls.get(0).deadline().get().minusDays(1));
    List<WorkTable> tables = new ArrayList<>();
    List<Meeting> meetings = new ArrayList<>(plan.participation().meetings());
    Optional<Integer> plenaryMeeting = Optional.empty();
    for (WorkTable table : plan.participation().workTables()) {
      tables.add(table.kind() == WorkTableKind.PLENARY ? ImmutableWorkTable.copyOf(table).withCallId(Optional.empty()) : table);
    }
    for (int m = 0; m < meetings.size() && plenaryMeeting.isEmpty(); m++) {
      String table = meetings.get(m).workTableId().orElse("");
      if (plan.workTablesById().containsKey(table) && plan.workTablesById().get(table).kind() == WorkTableKind.PLENARY) {
        meetings.set(m, ImmutableMeeting.copyOf(meetings.get(m)).withDate(PartialDate.of(before)));
        plenaryMeeting = Optional.of(m);
      }
    }
    Assume.that(plenaryMeeting.isPresent());
    ZonePlan ownInvitation = ImmutableZonePlan.copyOf(plan).withParticipation(
        ImmutableParticipation.copyOf(plan.participation()).withWorkTables(tables).withMeetings(meetings));
    assertThat(findings(ownInvitation, "MEETING_BEFORE_CALL_DEADLINE")).isEmpty();

    // The same plenary, saying it was convened by the call, is held too early.
    ZonePlan ofTheCall = ImmutableZonePlan.copyOf(ownInvitation).withParticipation(
        ImmutableParticipation.copyOf(ownInvitation.participation()).withWorkTables(tables.stream()
            .map(t -> t.kind() == WorkTableKind.PLENARY ? ImmutableWorkTable.copyOf(t).withCallId(calls.get(0).id()) : t)
            .toList()));
    assertThat(findings(ofTheCall, "MEETING_BEFORE_CALL_DEADLINE"))
        .extracting(Finding::path).contains("/participation/meetings/" + plenaryMeeting.get() + "/date");
  }

  private static ZonePlan signedWith(ZonePlan plan, ProgrammeAgreement agreement) {
    return ImmutableZonePlan.copyOf(plan).withStatus(PlanStatus.AGREEMENT_SIGNED).withAgreement(agreement);
  }

  @Property
  void signatoriesNotStatedAreNoMissingSignatories(@ForAll(supplier = GeneratedPlans.Puglia.class) ZonePlan plan) {
    Assume.that(plan.agreement().isPresent());
    ProgrammeAgreement notStated = ImmutableProgrammeAgreement.copyOf(plan.agreement().get())
        .withSignatories(List.<Signatory>of()).withSignatoriesNotStated(true);
    ZonePlan signed = signedWith(plan, notStated);
    for (String rule : List.of("MUNICIPALITY_NOT_SIGNATORY", "HEALTH_AUTHORITY_NOT_SIGNATORY",
        "HEALTHCARE_TRUST_NOT_SIGNATORY")) {
      assertThat(findings(signed, rule)).as(rule).isEmpty();
    }
    assertThat(findings(signed, "AGREEMENT_WITHOUT_SIGNATORIES")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.path()).isEqualTo("/agreement/signatories");
    });
  }

  @Property
  void anEmptyListOfSignatoriesOfASignedAgreementIsAWarning(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan) {
    Assume.that(plan.agreement().isPresent());
    ZonePlan signed = signedWith(plan, ImmutableProgrammeAgreement.copyOf(plan.agreement().get())
        .withSignatories(List.<Signatory>of()));
    assertThat(findings(signed, "AGREEMENT_WITHOUT_SIGNATORIES")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Property
  void anUnsignedAgreementNeedsNoSignatories(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan) {
    Assume.that(plan.agreement().isPresent());
    ZonePlan consultation = ImmutableZonePlan.copyOf(plan).withStatus(PlanStatus.IN_CONSULTATION)
        .withAgreement(ImmutableProgrammeAgreement.copyOf(plan.agreement().get())
            .withSignatories(List.<Signatory>of()).withSignatureDate(Optional.empty()));
    assertThat(findings(consultation, "AGREEMENT_WITHOUT_SIGNATORIES")).isEmpty();
  }

  @Property
  void theNewReferencesAreChecked(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan) {
    Assume.that(!plan.participation().meetings().isEmpty() && !plan.governanceBodies().isEmpty());
    ZonePlan dangling = ImmutableZonePlan.copyOf(PlanEdits.participation(plan, p -> p
            .withMeetings(PlanEdits.replace(p.meetings(), 0, ImmutableMeeting.copyOf(p.meetings().get(0))
                .withParticipantIds("nessuno")))
            .withWorkTables(PlanEdits.replace(p.workTables(), 0, ImmutableWorkTable.copyOf(p.workTables().get(0))
                .withOwnerPartyId("rete-ignota")))))
        .withGovernanceBodies(PlanEdits.replace(plan.governanceBodies(), 0,
            ImmutableGovernanceBody.copyOf(plan.governanceBodies().get(0)).withOwnerPartyId("comune-ignoto")))
        .withOfficials(Official.builder().role(OfficialRole.MAYOR).partyId("comune-ignoto")
            .governanceBodyId("organo-ignoto").callId("avviso-ignoto").build());
    assertThat(findings(dangling, "UNKNOWN_PARTY")).extracting(Finding::path).contains(
        "/participation/meetings/0/participantIds/0", "/participation/workTables/0/ownerPartyId",
        "/governanceBodies/0/ownerPartyId", "/officials/0/partyId");
    assertThat(findings(dangling, "UNKNOWN_GOVERNANCE_REFERENCE")).extracting(Finding::path)
        .contains("/officials/0/governanceBodyId");
    assertThat(findings(dangling, "UNKNOWN_PARTICIPATION_ITEM")).extracting(Finding::path)
        .contains("/officials/0/callId");
  }

  @Property
  void peopleAndHoursAreNeverComparedWithListedParties(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan) {
    ZonePlan low = ImmutableZonePlan.copyOf(plan).withDeclaredCounts(ImmutableList.<DeclaredCount>builder()
        .addAll(plan.declaredCounts())
        .add(DeclaredCount.builder().subject(CountedSubject.PARTICIPANTS).value(0).statedAs("0 partecipanti").build())
        .add(DeclaredCount.builder().subject(CountedSubject.HOURS).value(0).statedAs("0 ore").build())
        .add(DeclaredCount.builder().subject(CountedSubject.ORGANISATIONS).value(0)
            .participantKind(OrganisationKind.CITIZEN).statedAs("0 cittadini").build())
        .build());
    assertThat(findings(low, "PARTICIPATION_FIGURE_MISMATCH")).isEmpty();
  }

  @Property
  void aMeetingOverSeveralDaysMayEndEarlierInTheDay(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan) {
    Assume.that(!plan.participation().meetings().isEmpty()
        && plan.participation().meetings().get(0).startTime().isPresent());
    Meeting first = plan.participation().meetings().get(0);
    LocalDate day = first.date().earliest();
    ZonePlan spread = PlanEdits.participation(plan, p -> p.withMeetings(PlanEdits.replace(p.meetings(), 0,
        ImmutableMeeting.copyOf(first).withEndDate(day.plusDays(2)).withEndTime(LocalTime.of(8, 0)))));
    assertThat(findings(spread, "MEETING_ENDS_BEFORE_START")).isEmpty();
  }
}
