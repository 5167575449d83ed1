package it.pianodizona.io;

import it.pianodizona.model.AnnualOperatingPlan;
import it.pianodizona.model.CountedSubject;
import it.pianodizona.model.DeclaredCount;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.PlanReference;
import it.pianodizona.model.PlanStatus;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.Adherent;
import it.pianodizona.model.agreement.ProgrammeAgreement;
import it.pianodizona.model.agreement.Signatory;
import it.pianodizona.model.budget.Actuals;
import it.pianodizona.model.budget.ActualsLine;
import it.pianodizona.model.budget.Budget;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.budget.DeclaredShare;
import it.pianodizona.model.budget.DeclaredTotal;
import it.pianodizona.model.budget.DistrictSocialSpending;
import it.pianodizona.model.budget.FundingSource;
import it.pianodizona.model.budget.FundingSourceKind;
import it.pianodizona.model.budget.ImmutableDeclaredShare;
import it.pianodizona.model.budget.ShareKind;
import it.pianodizona.model.common.DateWindow;
import it.pianodizona.model.common.LegalReference;
import it.pianodizona.model.common.LegalReferenceKind;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.SourceKind;
import it.pianodizona.model.budget.ImmutableBudget;
import it.pianodizona.model.budget.PeriodAmount;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.governance.Approval;
import it.pianodizona.model.governance.ApprovalActKind;
import it.pianodizona.model.governance.ApprovalOutcome;
import it.pianodizona.model.territory.ImmutableDistrict;
import it.pianodizona.model.common.Percentage;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.model.common.SourceRef;
import it.pianodizona.model.governance.BodyMember;
import it.pianodizona.model.governance.Cadence;
import it.pianodizona.model.governance.CadenceUnit;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.governance.GovernanceBodyKind;
import it.pianodizona.model.governance.Power;
import it.pianodizona.model.governance.SeatBasis;
import it.pianodizona.model.governance.SeatRule;
import it.pianodizona.model.leps.ContractKind;
import it.pianodizona.model.leps.Leps;
import it.pianodizona.model.leps.Profession;
import it.pianodizona.model.leps.StaffPosition;
import it.pianodizona.model.objective.Action;
import it.pianodizona.model.objective.BudgetFormula;
import it.pianodizona.model.objective.FormulaBase;
import it.pianodizona.model.objective.ImmutableMilestone;
import it.pianodizona.model.objective.ImmutableTargetRange;
import it.pianodizona.model.objective.Indicator;
import it.pianodizona.model.objective.IndicatorUnit;
import it.pianodizona.model.objective.Measurement;
import it.pianodizona.model.objective.Milestone;
import it.pianodizona.model.objective.MilestoneKind;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.model.objective.PreviousPlanOutcome;
import it.pianodizona.model.objective.Referent;
import it.pianodizona.model.objective.TargetKind;
import it.pianodizona.model.objective.TargetRange;
import it.pianodizona.model.objective.TargetRecurrence;
import it.pianodizona.model.participation.Annex;
import it.pianodizona.model.participation.AnnexKind;
import it.pianodizona.model.participation.CallKind;
import it.pianodizona.model.participation.ExpressionOfInterest;
import it.pianodizona.model.participation.ImmutableMeeting;
import it.pianodizona.model.participation.ImmutableWorkTable;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.model.participation.MeetingMode;
import it.pianodizona.model.participation.Participation;
import it.pianodizona.model.participation.ParticipationCall;
import it.pianodizona.model.participation.Phase;
import it.pianodizona.model.participation.WorkTable;
import it.pianodizona.model.participation.WorkTableKind;
import it.pianodizona.model.policy.MatrixAxisItem;
import it.pianodizona.model.policy.MatrixCell;
import it.pianodizona.model.policy.PolicyArea;
import it.pianodizona.model.policy.PolicyFramework;
import it.pianodizona.model.policy.PriorityMatrix;
import it.pianodizona.model.policy.StrategicArea;
import it.pianodizona.model.policy.TargetGroup;
import it.pianodizona.model.territory.District;
import it.pianodizona.model.territory.ImmutableOrganisation;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.model.territory.Region;
import it.pianodizona.model.territory.LegalForm;
import it.pianodizona.model.territory.RuntsSection;
import it.pianodizona.model.territory.StatedPopulation;
import it.pianodizona.model.territory.SubDistrict;
import it.pianodizona.model.territory.ThirdSectorKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import it.pianodizona.model.ImmutableDeclaredCount;
import it.pianodizona.model.agreement.AgreementInstrument;
import it.pianodizona.model.agreement.ImmutableProgrammeAgreement;
import it.pianodizona.model.governance.ImmutableGovernanceBody;
import it.pianodizona.model.participation.ImmutableParticipation;
import it.pianodizona.model.territory.Official;
import it.pianodizona.model.territory.OfficialRole;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Piani qualsiasi: plans that use every attribute of every model type, each optional one
 * present or absent at random, with awkward values — quotes, backslashes, control characters,
 * accents, characters outside the BMP, decimals of every scale, partial dates of every
 * precision, years from 0 to 9999. Not realistic (that is {@code PlanArbitraries}): their
 * purpose is that a round trip exercises the whole mapping. References are not consistent;
 * the model does not require them to be.
 */
final class AnyPlans {

  private static final String[] PIECES = {
    "a", "Crema", "comunità", "attività", " ", "\"", "\\", "/", "\n", "\t", "\r\n", "\u0000", "\u001f",
    "\u007f", "\u2028", "€", "😀", "'", "{", "}", "[", "]", ":", ",", "ü", "Ω", "\uFEFF", "=", "-",
  };

  private final SplittableRandom random;

  private AnyPlans(long seed) {
    this.random = new SplittableRandom(seed);
  }

  static Arbitrary<ZonePlan> plans() {
    return Arbitraries.longs().map(AnyPlans::generate);
  }

  static ZonePlan generate(long seed) {
    return new AnyPlans(seed).plan();
  }

  private ZonePlan plan() {
    ImmutableZonePlan.Builder plan = ZonePlan.builder()
        .id(text())
        .title(text())
        .district(district())
        .period(period());
    if (random.nextBoolean()) {
      plan.status(pick(PlanStatus.values()));
    }
    maybe(this::planReference).ifPresent(plan::predecessor);
    plan.addAllFrameworkReferences(list(this::legalReference));
    plan.addAllAnnualOperatingPlans(list(this::annualOperatingPlan));
    plan.addAllOrganisations(list(this::organisation));
    if (random.nextBoolean()) {
      plan.participation(participation());
    }
    if (random.nextBoolean()) {
      plan.policyFramework(policyFramework());
    }
    plan.addAllDeclaredCounts(list(this::declaredCount));
    plan.addAllObjectives(list(this::objective));
    if (random.nextBoolean()) {
      plan.budget(budget());
    }
    plan.addAllGovernanceBodies(list(this::governanceBody));
    maybe(this::agreement).ifPresent(plan::agreement);
    plan.addAllPreviousPlanOutcomes(list(this::previousPlanOutcome));
    plan.addAllSocialServiceStaff(list(() -> StaffPosition.builder().profession(pick(Profession.values()))
        .fullTimeEquivalents(decimal().abs()).contractKind(pick(ContractKind.values())).asOf(date())
        .notes(maybe(this::text)).build()));
    maybe(this::text).ifPresent(plan::notes);
    plan.addAllSources(list(this::sourceRef));
    schema11(plan);
    return plan.build();
  }

  /**
   * The fields of schema 1.1, drawn after all the others so that a seed gives the same 1.0 part
   * of a plan as before they were added.
   */
  private void schema11(ImmutableZonePlan.Builder plan) {
    ZonePlan drawn = plan.build();
    plan.district(ImmutableDistrict.copyOf(drawn.district()).withOfficialCode(maybe(this::text)));
    plan.budget(ImmutableBudget.copyOf(drawn.budget())
        .withPeriodLines(list(this::periodAmount))
        .withPeriodTotals(list(this::periodAmount)));
    plan.addAllApprovals(list(this::approval));
    maybe(() -> pick(SourceKind.values())).ifPresent(plan::sourceKind);
    issue17(plan);
  }

  /**
   * The fields issue 17 added to schema 1.1 (meeting end and participants, kinds of counted
   * things, the agreement's instrument and unstated signatories, owners of bodies and tables,
   * officials), drawn after the others for the same reason.
   */
  private void issue17(ImmutableZonePlan.Builder plan) {
    ZonePlan drawn = plan.build();
    Participation participation = drawn.participation();
    plan.participation(ImmutableParticipation.copyOf(participation)
        .withMeetings(participation.meetings().stream().map(m -> (Meeting) ImmutableMeeting.copyOf(m)
            .withEndTime(maybe(this::time)).withParticipantIds(list(this::text))).toList())
        .withWorkTables(participation.workTables().stream().map(t -> (WorkTable) ImmutableWorkTable.copyOf(t)
            .withOwnerPartyId(maybe(this::text))).toList()));
    plan.governanceBodies(drawn.governanceBodies().stream().map(b -> (GovernanceBody) ImmutableGovernanceBody
        .copyOf(b).withOwnerPartyId(maybe(this::text))).toList());
    plan.declaredCounts(drawn.declaredCounts().stream().map(this::withKinds).toList());
    drawn.agreement().ifPresent(a -> plan.agreement(ImmutableProgrammeAgreement.copyOf(a)
        .withInstrument(maybe(() -> pick(AgreementInstrument.values())))
        .withSignatoriesNotStated(a.signatories().isEmpty() && random.nextBoolean())));
    plan.addAllOfficials(list(() -> Official.builder().name(maybe(this::text)).role(pick(OfficialRole.values()))
        .roleStatedAs(maybe(this::text)).partyId(maybe(this::text)).governanceBodyId(maybe(this::text))
        .callId(maybe(this::text)).contact(maybe(this::text)).notes(maybe(this::text))
        .addAllSources(list(this::sourceRef)).build()));
  }

  private DeclaredCount withKinds(DeclaredCount count) {
    ImmutableDeclaredCount copy = ImmutableDeclaredCount.copyOf(count);
    switch (count.subject()) {
      case WORK_TABLES, MEETINGS_PER_TABLE:
        return copy.withWorkTableKind(maybe(() -> pick(WorkTableKind.values())));
      case PARTICIPANTS, ORGANISATIONS:
        return copy.withParticipantKind(maybe(() -> pick(OrganisationKind.values())));
      default:
        return copy;
    }
  }

  private PeriodAmount periodAmount() {
    return PeriodAmount.builder().period(period()).objectiveId(maybe(this::text)).label(maybe(this::text))
        .fundingSource(maybe(this::fundingSource)).amount(maybe(this::money)).statedAs(maybe(this::text))
        .addAllSources(list(this::sourceRef)).build();
  }

  private Approval approval() {
    return Approval.builder().bodyId(maybe(this::text)).partyId(maybe(this::text))
        .actKind(pick(ApprovalActKind.values())).actNumber(maybe(this::text)).date(maybe(this::partialDate))
        .outcome(maybe(() -> pick(ApprovalOutcome.values()))).statedAs(text())
        .addAllSources(list(this::sourceRef)).build();
  }

  // ---- common

  private SourceRef sourceRef() {
    return SourceRef.builder().document(text()).locator(maybe(this::text)).quote(maybe(this::text)).build();
  }

  private LegalReference legalReference() {
    return LegalReference.builder().kind(pick(LegalReferenceKind.values())).citation(text())
        .article(maybe(this::text)).title(maybe(this::text)).date(maybe(this::date)).build();
  }

  private PlanPeriod period() {
    LocalDate start = date();
    return PlanPeriod.of(start, start.plusDays(random.nextInt(2000)));
  }

  private DateWindow dateWindow() {
    PartialDate from = partialDate();
    LocalDate later = from.earliest().plusDays(random.nextInt(400));
    if (later.getYear() > 9999) {
      later = from.earliest();
    }
    PartialDate to = partialDateOf(later);
    return DateWindow.builder().from(from).to(to).statedAs(maybe(this::text)).build();
  }

  // ---- territory

  private District district() {
    return District.builder().id(text()).name(text()).region(pick(Region.values()))
        .leadMunicipalityId(maybe(this::text)).healthAuthorityId(maybe(this::text))
        .addAllSubDistricts(list(() -> SubDistrict.builder().id(text()).name(text())
            .notes(maybe(this::text)).addAllSources(list(this::sourceRef)).build()))
        .addAllMunicipalities(list(() -> Municipality.builder().id(text()).name(text())
            .istatCode(maybe(() -> String.format("%06d", random.nextInt(1_000_000))))
            .subDistrictId(maybe(this::text)).notes(maybe(this::text)).addAllSources(list(this::sourceRef)).build()))
        .population(maybe(() -> StatedPopulation.of(1 + random.nextInt(5_000_000), date(), text())))
        .notes(maybe(this::text))
        .addAllSources(list(this::sourceRef))
        .build();
  }

  private Organisation organisation() {
    OrganisationKind kind = pick(OrganisationKind.values());
    ImmutableOrganisation.Builder organisation = Organisation.builder().id(text()).name(text()).kind(kind)
        .shortName(maybe(this::text)).municipalityId(maybe(this::text)).notes(maybe(this::text))
        .legalForm(maybe(() -> pick(LegalForm.values()))).legalFormStatedAs(maybe(this::text))
        .addAllSources(list(this::sourceRef));
    if (kind == OrganisationKind.THIRD_SECTOR) {
      organisation.thirdSectorKind(maybe(() -> pick(ThirdSectorKind.values())))
          .runtsSection(maybe(() -> pick(RuntsSection.values())));
    }
    return organisation.build();
  }

  // ---- participation

  private Participation participation() {
    return Participation.builder()
        .addAllCalls(list(this::call))
        .addAllExpressionsOfInterest(list(() -> ExpressionOfInterest.builder().id(text()).callId(text())
            .partyId(text()).receivedOn(maybe(this::date)).addAllWorkTableIds(list(this::text))
            .notes(maybe(this::text)).build()))
        .addAllPhases(list(() -> Phase.builder().id(text()).name(text()).window(maybe(this::dateWindow))
            .description(maybe(this::text)).notes(maybe(this::text)).addAllSources(list(this::sourceRef)).build()))
        .addAllWorkTables(list(this::workTable))
        .addAllMeetings(list(this::meeting))
        .build();
  }

  private ParticipationCall call() {
    return ParticipationCall.builder().id(text()).title(text()).kind(pick(CallKind.values()))
        .issuerId(maybe(this::text)).protocolNumber(maybe(this::text))
        .publicationDate(maybe(this::date)).deadline(maybe(this::date))
        .addAllAnnexes(list(() -> Annex.builder().id(text()).code(text()).title(text())
            .kind(pick(AnnexKind.values())).deadline(maybe(this::date)).purpose(maybe(this::text)).build()))
        .addAllEligibleApplicantKinds(list(() -> pick(OrganisationKind.values())))
        .eligibleApplicantsStatedAs(maybe(this::text))
        .addAllLegalBasis(list(this::legalReference))
        .adoptingAct(maybe(this::legalReference))
        .url(maybe(this::text)).signedBy(maybe(this::text)).notes(maybe(this::text))
        .addAllSources(list(this::sourceRef))
        .build();
  }

  private WorkTable workTable() {
    ImmutableWorkTable.Builder table = WorkTable.builder().id(text()).name(text()).kind(pick(WorkTableKind.values()))
        .subDistrictId(maybe(this::text)).phaseId(maybe(this::text)).callId(maybe(this::text))
        .addAllTargetGroupIds(list(this::text)).addAllPolicyAreaIds(list(this::text))
        .addAllStrategicAreaIds(list(this::text)).addAllParticipantIds(list(this::text))
        .description(maybe(this::text)).notes(maybe(this::text)).addAllSources(list(this::sourceRef));
    if (random.nextBoolean()) {
      table.rewardFunding(random.nextBoolean());
    }
    return table.build();
  }

  private Meeting meeting() {
    PartialDate date = partialDate();
    ImmutableMeeting.Builder meeting = Meeting.builder().id(text()).title(maybe(this::text))
        .workTableId(maybe(this::text)).governanceBodyId(maybe(this::text)).phaseId(maybe(this::text))
        .date(date)
        .startTime(maybe(this::time)).mode(maybe(() -> pick(MeetingMode.values())))
        .place(maybe(this::text)).statedAs(maybe(this::text)).notes(maybe(this::text))
        .addAllSources(list(this::sourceRef));
    if (random.nextBoolean() && date.earliest().getYear() < 9999) {
      meeting.endDate(date.earliest().plusDays(random.nextInt(10)));
    }
    return meeting.build();
  }

  // ---- policy

  private PolicyFramework policyFramework() {
    return PolicyFramework.builder()
        .addAllTargetGroups(list(() -> TargetGroup.builder().id(text()).name(text())
            .description(maybe(this::text)).build()))
        .addAllPolicyAreas(list(() -> PolicyArea.builder().id(text()).name(text())
            .description(maybe(this::text)).build()))
        .addAllStrategicAreas(list(() -> StrategicArea.builder().id(text()).name(text())
            .description(maybe(this::text)).build()))
        .priorityMatrix(maybe(() -> PriorityMatrix.builder().title(maybe(this::text))
            .addAllRows(list(() -> MatrixAxisItem.of(text(), text())))
            .addAllColumns(list(() -> MatrixAxisItem.of(text(), text()))).build()))
        .build();
  }

  // ---- objectives

  private Objective objective() {
    return Objective.builder().id(text()).code(text()).title(text())
        .description(maybe(this::text)).rationale(maybe(this::text))
        .matrixCell(maybe(() -> MatrixCell.of(text(), text())))
        .addAllTargetGroupIds(list(this::text)).addAllPolicyAreaIds(list(this::text))
        .addAllStrategicAreaIds(list(this::text)).addAllWorkTableIds(list(this::text))
        .addAllActions(list(() -> Action.builder().id(text()).description(text())
            .scheduledFor(maybe(this::partialDate)).addAllLeps(list(() -> pick(Leps.values())))
            .notes(maybe(this::text)).build()))
        .integration(maybe(this::text))
        .addAllReferents(list(() -> Referent.builder().label(text()).partyId(maybe(this::text))
            .role(maybe(this::text)).build()))
        .resources(maybe(this::text))
        .addAllTools(list(this::text))
        .addAllMilestones(list(this::milestone))
        .addAllIndicators(list(this::indicator))
        .evaluationMethod(maybe(this::text)).timing(maybe(this::text)).notes(maybe(this::text))
        .addAllSources(list(this::sourceRef))
        .build();
  }

  private Milestone milestone() {
    ImmutableMilestone.Builder milestone = Milestone.builder().id(text()).description(text())
        .due(maybe(this::partialDate)).statedAs(text()).notes(maybe(this::text));
    if (random.nextBoolean()) {
      milestone.kind(pick(MilestoneKind.values()));
    }
    return milestone.build();
  }

  private Indicator indicator() {
    return Indicator.builder().id(text()).description(text()).unit(pick(IndicatorUnit.values()))
        .target(maybe(this::targetRange)).baseline(maybe(this::decimal))
        .formula(maybe(() -> BudgetFormula.builder().numeratorObjectiveId(maybe(this::text))
            .base(pick(FormulaBase.values())).year(maybe(this::year)).build()))
        .addAllMeasurements(list(() -> Measurement.builder().date(partialDate()).value(decimal())
            .notes(maybe(this::text)).build()))
        .notes(maybe(this::text))
        .build();
  }

  private TargetRange targetRange() {
    TargetKind kind = pick(TargetKind.values());
    ImmutableTargetRange.Builder target = TargetRange.builder().kind(kind)
        .recurrence(maybe(() -> pick(TargetRecurrence.values())))
        .deadline(maybe(this::partialDate)).startingFrom(maybe(this::partialDate)).statedAs(maybe(this::text));
    boolean needsMin = kind == TargetKind.AT_LEAST || kind == TargetKind.EXACTLY || kind == TargetKind.BETWEEN
        || kind == TargetKind.K_OF_N;
    boolean needsMax = kind == TargetKind.AT_MOST || kind == TargetKind.BETWEEN;
    target.min(needsMin ? Optional.of(decimal()) : maybe(this::decimal));
    target.max(needsMax ? Optional.of(decimal()) : maybe(this::decimal));
    if (kind == TargetKind.K_OF_N) {
      target.outOf(decimal());
    }
    return target.build();
  }

  private PreviousPlanOutcome previousPlanOutcome() {
    return PreviousPlanOutcome.builder().id(text()).code(text()).priorityArea(maybe(this::text)).title(text())
        .addAllInterventions(list(this::text)).addAllActionsDone(list(this::text)).addAllResults(list(this::text))
        .notes(maybe(this::text)).addAllSources(list(this::sourceRef)).build();
  }

  // ---- budget

  private Budget budget() {
    return Budget.builder()
        .addAllLines(list(() -> BudgetLine.builder().objectiveId(maybe(this::text)).label(maybe(this::text))
            .year(year()).fundingSource(maybe(this::fundingSource)).amount(maybe(this::money))
            .statedAs(maybe(this::text)).build()))
        .addAllDeclaredTotals(list(this::declaredTotal))
        .addAllDistrictSocialSpending(list(() -> DistrictSocialSpending.builder().year(year()).amount(money())
            .statedAs(maybe(this::text)).build()))
        .addAllDeclaredShares(list(this::declaredShare))
        .actuals(maybe(() -> Actuals.builder().title(maybe(this::text))
            .addAllLines(list(() -> ActualsLine.builder().category(maybe(this::text)).item(text()).year(year())
                .amount(maybe(this::money)).statedAs(maybe(this::text)).build()))
            .addAllDeclaredTotals(list(this::declaredTotal))
            .notes(maybe(this::text)).addAllSources(list(this::sourceRef)).build()))
        .notes(maybe(this::text))
        .addAllSources(list(this::sourceRef))
        .build();
  }

  private FundingSource fundingSource() {
    FundingSourceKind kind = pick(FundingSourceKind.values());
    return FundingSource.builder().kind(kind).label(maybe(this::text))
        .criterion(kind == FundingSourceKind.REWARD_FUNDING ? maybe(this::text) : Optional.empty()).build();
  }

  private DeclaredTotal declaredTotal() {
    return DeclaredTotal.builder().year(year()).objectiveId(maybe(this::text)).amount(money())
        .statedAs(maybe(this::text)).build();
  }

  private DeclaredShare declaredShare() {
    ImmutableDeclaredShare.Builder share = DeclaredShare.builder().year(year()).kind(pick(ShareKind.values()))
        .value(percentage()).statedAs(maybe(this::text));
    if (random.nextBoolean()) {
      share.decimals(random.nextInt(7));
    }
    return share.build();
  }

  // ---- governance

  private GovernanceBody governanceBody() {
    return GovernanceBody.builder().id(text()).kind(pick(GovernanceBodyKind.values())).name(text())
        .description(maybe(this::text)).coordinatorId(maybe(this::text))
        .addAllSeatRules(list(() -> SeatRule.builder().id(text()).basis(pick(SeatBasis.values()))
            .seats(random.nextInt(30)).organisationKind(maybe(() -> pick(OrganisationKind.values())))
            .thirdSectorKind(maybe(() -> pick(ThirdSectorKind.values()))).role(maybe(this::text))
            .statedAs(text()).build()))
        .addAllMembers(list(() -> BodyMember.builder().partyId(maybe(this::text)).personName(maybe(this::text))
            .role(maybe(this::text)).seatRuleId(maybe(this::text)).subDistrictId(maybe(this::text))
            .notes(maybe(this::text)).build()))
        .cadence(maybe(() -> Cadence.builder().meetings(1 + random.nextInt(12)).per(pick(CadenceUnit.values()))
            .statedAs(maybe(this::text)).build()))
        .addAllPowers(list(() -> pick(Power.values())))
        .notes(maybe(this::text))
        .addAllSources(list(this::sourceRef))
        .build();
  }

  // ---- agreement and the rest

  private ProgrammeAgreement agreement() {
    return ProgrammeAgreement.builder().id(text()).title(maybe(this::text)).adoptsPlanId(text())
        .leadPartyId(maybe(this::text))
        .addAllSignatories(list(() -> Signatory.builder().partyId(text()).signedOn(maybe(this::date))
            .signedBy(maybe(this::text)).notes(maybe(this::text)).build()))
        .addAllAdherents(list(() -> Adherent.builder().partyId(text()).requestedOn(maybe(this::date))
            .adheredOn(maybe(this::date)).notes(maybe(this::text)).build()))
        .signatureDate(maybe(this::date)).validity(maybe(this::period))
        .regionalSignatureDeadline(maybe(this::date))
        .addAllLegalBasis(list(this::legalReference))
        .notes(maybe(this::text)).addAllSources(list(this::sourceRef))
        .build();
  }

  private PlanReference planReference() {
    return PlanReference.builder().planId(maybe(this::text)).title(text()).period(maybe(this::period)).build();
  }

  private AnnualOperatingPlan annualOperatingPlan() {
    return AnnualOperatingPlan.builder().year(year()).title(text()).adoptedOn(maybe(this::date))
        .description(maybe(this::text)).notes(maybe(this::text)).addAllSources(list(this::sourceRef)).build();
  }

  private DeclaredCount declaredCount() {
    return DeclaredCount.builder().subject(pick(CountedSubject.values())).value(random.nextInt(100))
        .scopeId(maybe(this::text)).statedAs(text()).addAllSources(list(this::sourceRef)).build();
  }

  // ---- values

  private String text() {
    if (random.nextInt(10) == 0) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    int pieces = 1 + random.nextInt(6);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  /** Decimals of every scale, including negative ones ({@code 1.2E+3}) and plenty of digits. */
  private BigDecimal decimal() {
    BigInteger unscaled = BigInteger.valueOf(random.nextLong(-1_000_000_000_000L, 1_000_000_000_000L));
    if (random.nextInt(5) == 0) {
      unscaled = unscaled.multiply(BigInteger.TEN.pow(random.nextInt(20)));
    }
    return new BigDecimal(unscaled, random.nextInt(-6, 12));
  }

  private Money money() {
    long bound = random.nextBoolean() ? 100_000_000L : 9_999_999_999_999_999L; // below NumberCodecs.MONEY_LIMIT
    return Money.ofCents(random.nextLong(-bound, bound));
  }

  private Percentage percentage() {
    int scale = random.nextInt(5);
    long max = 100L * BigInteger.TEN.pow(scale).longValueExact();
    return Percentage.of(BigDecimal.valueOf(random.nextLong(max + 1), scale));
  }

  private Year year() {
    return Year.of(random.nextInt(10) == 0 ? random.nextInt(10_000) : 1990 + random.nextInt(50));
  }

  private LocalDate date() {
    // Up to 9993, so that a period of up to 2000 days still ends within four-digit years.
    int year = random.nextInt(10) == 0 ? random.nextInt(9_994) : 1990 + random.nextInt(50);
    return LocalDate.ofYearDay(year, 1 + random.nextInt(Year.of(year).length()));
  }

  private PartialDate partialDate() {
    return partialDateOf(date());
  }

  private PartialDate partialDateOf(LocalDate day) {
    switch (random.nextInt(3)) {
      case 0:
        return PartialDate.of(Year.of(day.getYear()));
      case 1:
        return PartialDate.of(YearMonth.from(day));
      default:
        return PartialDate.of(day);
    }
  }

  private LocalTime time() {
    switch (random.nextInt(3)) {
      case 0:
        return LocalTime.of(random.nextInt(24), random.nextInt(60));
      case 1:
        return LocalTime.of(random.nextInt(24), random.nextInt(60), random.nextInt(60));
      default:
        return LocalTime.of(random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(1_000_000_000));
    }
  }

  private <E> E pick(E[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> Optional<T> maybe(Supplier<T> value) {
    return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
  }

  private <T> List<T> list(Supplier<T> element) {
    int size = random.nextInt(4) == 0 ? 0 : random.nextInt(1, 4);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(element.get());
    }
    return list;
  }
}
