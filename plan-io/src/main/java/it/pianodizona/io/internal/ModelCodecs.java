package it.pianodizona.io.internal;

import static it.pianodizona.io.internal.Scalars.BOOLEAN;
import static it.pianodizona.io.internal.Scalars.DATE_CODEC;
import static it.pianodizona.io.internal.Scalars.DECIMAL;
import static it.pianodizona.io.internal.Scalars.MONEY;
import static it.pianodizona.io.internal.Scalars.PARTIAL_DATE_CODEC;
import static it.pianodizona.io.internal.Scalars.PERCENTAGE;
import static it.pianodizona.io.internal.Scalars.STRING;
import static it.pianodizona.io.internal.Scalars.TIME_CODEC;
import static it.pianodizona.io.internal.Scalars.YEAR;
import static it.pianodizona.io.internal.Scalars.enumCodec;
import static it.pianodizona.io.internal.Scalars.integer;

import com.google.common.collect.ImmutableList;
import it.pianodizona.io.ReadErrorKind;
import it.pianodizona.model.AnnualOperatingPlan;
import it.pianodizona.model.CountedSubject;
import it.pianodizona.model.DeclaredCount;
import it.pianodizona.model.ImmutableAnnualOperatingPlan;
import it.pianodizona.model.ImmutableDeclaredCount;
import it.pianodizona.model.ImmutablePlanReference;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.PlanReference;
import it.pianodizona.model.PlanStatus;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.Adherent;
import it.pianodizona.model.agreement.ImmutableAdherent;
import it.pianodizona.model.agreement.ImmutableProgrammeAgreement;
import it.pianodizona.model.agreement.ImmutableSignatory;
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
import it.pianodizona.model.budget.ImmutableActuals;
import it.pianodizona.model.budget.ImmutableActualsLine;
import it.pianodizona.model.budget.ImmutableBudget;
import it.pianodizona.model.budget.ImmutableBudgetLine;
import it.pianodizona.model.budget.ImmutableDeclaredShare;
import it.pianodizona.model.budget.ImmutableDeclaredTotal;
import it.pianodizona.model.budget.ImmutableDistrictSocialSpending;
import it.pianodizona.model.budget.ImmutableFundingSource;
import it.pianodizona.model.budget.ShareKind;
import it.pianodizona.model.common.DateWindow;
import it.pianodizona.model.common.ImmutableDateWindow;
import it.pianodizona.model.common.ImmutableLegalReference;
import it.pianodizona.model.common.ImmutableSourceRef;
import it.pianodizona.model.common.LegalReference;
import it.pianodizona.model.common.LegalReferenceKind;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.model.common.SourceRef;
import it.pianodizona.model.governance.BodyMember;
import it.pianodizona.model.governance.Cadence;
import it.pianodizona.model.governance.CadenceUnit;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.governance.GovernanceBodyKind;
import it.pianodizona.model.governance.ImmutableBodyMember;
import it.pianodizona.model.governance.ImmutableCadence;
import it.pianodizona.model.governance.ImmutableGovernanceBody;
import it.pianodizona.model.governance.ImmutableSeatRule;
import it.pianodizona.model.governance.Power;
import it.pianodizona.model.governance.SeatBasis;
import it.pianodizona.model.governance.SeatRule;
import it.pianodizona.model.objective.Action;
import it.pianodizona.model.objective.BudgetFormula;
import it.pianodizona.model.objective.FormulaBase;
import it.pianodizona.model.objective.ImmutableAction;
import it.pianodizona.model.objective.ImmutableBudgetFormula;
import it.pianodizona.model.objective.ImmutableIndicator;
import it.pianodizona.model.objective.ImmutableMeasurement;
import it.pianodizona.model.objective.ImmutableMilestone;
import it.pianodizona.model.objective.ImmutableObjective;
import it.pianodizona.model.objective.ImmutablePreviousPlanOutcome;
import it.pianodizona.model.objective.ImmutableReferent;
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
import it.pianodizona.model.participation.ImmutableAnnex;
import it.pianodizona.model.participation.ImmutableExpressionOfInterest;
import it.pianodizona.model.participation.ImmutableMeeting;
import it.pianodizona.model.participation.ImmutableParticipation;
import it.pianodizona.model.participation.ImmutableParticipationCall;
import it.pianodizona.model.participation.ImmutablePhase;
import it.pianodizona.model.participation.ImmutableWorkTable;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.model.participation.MeetingMode;
import it.pianodizona.model.participation.Participation;
import it.pianodizona.model.participation.ParticipationCall;
import it.pianodizona.model.participation.Phase;
import it.pianodizona.model.participation.WorkTable;
import it.pianodizona.model.participation.WorkTableKind;
import it.pianodizona.model.policy.ImmutableMatrixAxisItem;
import it.pianodizona.model.policy.ImmutablePolicyArea;
import it.pianodizona.model.policy.ImmutablePolicyFramework;
import it.pianodizona.model.policy.ImmutablePriorityMatrix;
import it.pianodizona.model.policy.ImmutableStrategicArea;
import it.pianodizona.model.policy.ImmutableTargetGroup;
import it.pianodizona.model.policy.MatrixAxisItem;
import it.pianodizona.model.policy.MatrixCell;
import it.pianodizona.model.policy.PolicyArea;
import it.pianodizona.model.policy.PolicyFramework;
import it.pianodizona.model.policy.PriorityMatrix;
import it.pianodizona.model.policy.StrategicArea;
import it.pianodizona.model.policy.TargetGroup;
import it.pianodizona.model.territory.District;
import it.pianodizona.model.territory.ImmutableDistrict;
import it.pianodizona.model.territory.ImmutableMunicipality;
import it.pianodizona.model.territory.ImmutableOrganisation;
import it.pianodizona.model.territory.ImmutableSubDistrict;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.model.territory.Region;
import it.pianodizona.model.territory.RuntsSection;
import it.pianodizona.model.territory.SubDistrict;
import it.pianodizona.model.territory.ThirdSectorKind;
import java.time.LocalDate;

/**
 * La mappatura del modello: every model type, field by field, in the order its attributes are
 * declared (docs/JSON-FORMAT.md). This table is the one place the JSON form is defined: the
 * reader, the writer, the Jackson module and the JSON Schema are all driven by it, and a test
 * checks it against the model's attributes so that a new attribute cannot be forgotten.
 *
 * <p>Types are listed leaves first, because each codec refers to the codecs of its fields.
 */
public final class ModelCodecs {

  /** The format version this library reads and writes. */
  public static final String SCHEMA_VERSION = "1.0";

  private ModelCodecs() {}

  // ---- common

  public static final ObjectCodec<SourceRef, ImmutableSourceRef.Builder> SOURCE_REF = ObjectCodec
      .of(SourceRef.class, "Fonte: where a fact comes from", SourceRef::builder, ImmutableSourceRef.Builder::build)
      .required("document", SourceRef::document, ImmutableSourceRef.Builder::document, STRING)
      .optional("locator", SourceRef::locator, ImmutableSourceRef.Builder::locator, STRING)
      .optional("quote", SourceRef::quote, ImmutableSourceRef.Builder::quote, STRING)
      .build();

  public static final ObjectCodec<LegalReference, ImmutableLegalReference.Builder> LEGAL_REFERENCE = ObjectCodec
      .of(LegalReference.class, "Riferimento normativo: a citation of a law, decree or resolution",
          LegalReference::builder, ImmutableLegalReference.Builder::build)
      .required("kind", LegalReference::kind, ImmutableLegalReference.Builder::kind, enumCodec(LegalReferenceKind.class))
      .required("citation", LegalReference::citation, ImmutableLegalReference.Builder::citation, STRING)
      .optional("article", LegalReference::article, ImmutableLegalReference.Builder::article, STRING)
      .optional("title", LegalReference::title, ImmutableLegalReference.Builder::title, STRING)
      .optional("date", LegalReference::date, ImmutableLegalReference.Builder::date, DATE_CODEC)
      .build();

  /** {@link PlanPeriod} has no builder: its two bounds are collected here. */
  static final class PeriodBounds {
    LocalDate start;
    LocalDate end;
  }

  public static final ObjectCodec<PlanPeriod, PeriodBounds> PLAN_PERIOD = ObjectCodec
      .of(PlanPeriod.class, "Periodo: a closed range of days", PeriodBounds::new, b -> PlanPeriod.of(b.start, b.end))
      .required("start", PlanPeriod::start, (b, v) -> b.start = v, DATE_CODEC)
      .required("end", PlanPeriod::end, (b, v) -> b.end = v, DATE_CODEC)
      .build();

  public static final ObjectCodec<DateWindow, ImmutableDateWindow.Builder> DATE_WINDOW = ObjectCodec
      .of(DateWindow.class, "Finestra temporale dichiarata: a window stated in words, with partial-date bounds",
          DateWindow::builder, ImmutableDateWindow.Builder::build)
      .required("from", DateWindow::from, ImmutableDateWindow.Builder::from, PARTIAL_DATE_CODEC)
      .required("to", DateWindow::to, ImmutableDateWindow.Builder::to, PARTIAL_DATE_CODEC)
      .optional("statedAs", DateWindow::statedAs, ImmutableDateWindow.Builder::statedAs, STRING)
      .build();

  // ---- territory

  public static final ObjectCodec<SubDistrict, ImmutableSubDistrict.Builder> SUB_DISTRICT = ObjectCodec
      .of(SubDistrict.class, "Sub ambito: a part of the district", SubDistrict::builder,
          ImmutableSubDistrict.Builder::build)
      .required("id", SubDistrict::id, ImmutableSubDistrict.Builder::id, STRING)
      .required("name", SubDistrict::name, ImmutableSubDistrict.Builder::name, STRING)
      .optional("notes", SubDistrict::notes, ImmutableSubDistrict.Builder::notes, STRING)
      .list("sources", SubDistrict::sources, ImmutableSubDistrict.Builder::addSources, SOURCE_REF)
      .build();

  public static final ObjectCodec<Municipality, ImmutableMunicipality.Builder> MUNICIPALITY = ObjectCodec
      .of(Municipality.class, "Comune: a member municipality of the district", Municipality::builder,
          ImmutableMunicipality.Builder::build)
      .required("id", Municipality::id, ImmutableMunicipality.Builder::id, STRING)
      .required("name", Municipality::name, ImmutableMunicipality.Builder::name, STRING)
      // mirrors Municipality.check()
      .optional("istatCode", Municipality::istatCode, ImmutableMunicipality.Builder::istatCode,
          Scalars.digitString(6, "un codice ISTAT di sei cifre", "a six-digit ISTAT code"))
      .optional("subDistrictId", Municipality::subDistrictId, ImmutableMunicipality.Builder::subDistrictId, STRING)
      .optional("notes", Municipality::notes, ImmutableMunicipality.Builder::notes, STRING)
      .list("sources", Municipality::sources, ImmutableMunicipality.Builder::addSources, SOURCE_REF)
      .build();

  public static final ObjectCodec<Organisation, ImmutableOrganisation.Builder> ORGANISATION = ObjectCodec
      .of(Organisation.class, "Soggetto / ente: an organisation other than a member municipality",
          Organisation::builder, ImmutableOrganisation.Builder::build)
      .required("id", Organisation::id, ImmutableOrganisation.Builder::id, STRING)
      .required("name", Organisation::name, ImmutableOrganisation.Builder::name, STRING)
      .required("kind", Organisation::kind, ImmutableOrganisation.Builder::kind, enumCodec(OrganisationKind.class))
      .optional("shortName", Organisation::shortName, ImmutableOrganisation.Builder::shortName, STRING)
      .optional("thirdSectorKind", Organisation::thirdSectorKind, ImmutableOrganisation.Builder::thirdSectorKind,
          enumCodec(ThirdSectorKind.class))
      .optional("runtsSection", Organisation::runtsSection, ImmutableOrganisation.Builder::runtsSection,
          enumCodec(RuntsSection.class))
      .optional("municipalityId", Organisation::municipalityId, ImmutableOrganisation.Builder::municipalityId, STRING)
      .optional("notes", Organisation::notes, ImmutableOrganisation.Builder::notes, STRING)
      .list("sources", Organisation::sources, ImmutableOrganisation.Builder::addSources, SOURCE_REF)
      .build();

  public static final ObjectCodec<District, ImmutableDistrict.Builder> DISTRICT = ObjectCodec
      .of(District.class, "Ambito territoriale: the district of associated municipalities that writes the plan",
          District::builder, ImmutableDistrict.Builder::build)
      .required("id", District::id, ImmutableDistrict.Builder::id, STRING)
      .required("name", District::name, ImmutableDistrict.Builder::name, STRING)
      .required("region", District::region, ImmutableDistrict.Builder::region, enumCodec(Region.class))
      .optional("leadMunicipalityId", District::leadMunicipalityId, ImmutableDistrict.Builder::leadMunicipalityId,
          STRING)
      .optional("healthAuthorityId", District::healthAuthorityId, ImmutableDistrict.Builder::healthAuthorityId, STRING)
      .list("subDistricts", District::subDistricts, ImmutableDistrict.Builder::addSubDistricts, SUB_DISTRICT)
      .list("municipalities", District::municipalities, ImmutableDistrict.Builder::addMunicipalities, MUNICIPALITY)
      .optional("notes", District::notes, ImmutableDistrict.Builder::notes, STRING)
      .list("sources", District::sources, ImmutableDistrict.Builder::addSources, SOURCE_REF)
      .build();

  // ---- participation

  public static final ObjectCodec<Annex, ImmutableAnnex.Builder> ANNEX = ObjectCodec
      .of(Annex.class, "Allegato: an annex of a participation call", Annex::builder, ImmutableAnnex.Builder::build)
      .required("id", Annex::id, ImmutableAnnex.Builder::id, STRING)
      .required("code", Annex::code, ImmutableAnnex.Builder::code, STRING)
      .required("title", Annex::title, ImmutableAnnex.Builder::title, STRING)
      .required("kind", Annex::kind, ImmutableAnnex.Builder::kind, enumCodec(AnnexKind.class))
      .optional("deadline", Annex::deadline, ImmutableAnnex.Builder::deadline, DATE_CODEC)
      .optional("purpose", Annex::purpose, ImmutableAnnex.Builder::purpose, STRING)
      .build();

  public static final ObjectCodec<ParticipationCall, ImmutableParticipationCall.Builder> PARTICIPATION_CALL =
      ObjectCodec.of(ParticipationCall.class, "Avviso / manifestazione d'interesse: a public call to take part",
              ParticipationCall::builder, ImmutableParticipationCall.Builder::build)
          .required("id", ParticipationCall::id, ImmutableParticipationCall.Builder::id, STRING)
          .required("title", ParticipationCall::title, ImmutableParticipationCall.Builder::title, STRING)
          .required("kind", ParticipationCall::kind, ImmutableParticipationCall.Builder::kind,
              enumCodec(CallKind.class))
          .optional("issuerId", ParticipationCall::issuerId, ImmutableParticipationCall.Builder::issuerId, STRING)
          .optional("protocolNumber", ParticipationCall::protocolNumber,
              ImmutableParticipationCall.Builder::protocolNumber, STRING)
          .optional("publicationDate", ParticipationCall::publicationDate,
              ImmutableParticipationCall.Builder::publicationDate, DATE_CODEC)
          .optional("deadline", ParticipationCall::deadline, ImmutableParticipationCall.Builder::deadline, DATE_CODEC)
          .list("annexes", ParticipationCall::annexes, ImmutableParticipationCall.Builder::addAnnexes, ANNEX)
          .list("eligibleApplicantKinds", ParticipationCall::eligibleApplicantKinds,
              ImmutableParticipationCall.Builder::addEligibleApplicantKinds, enumCodec(OrganisationKind.class))
          .optional("eligibleApplicantsStatedAs", ParticipationCall::eligibleApplicantsStatedAs,
              ImmutableParticipationCall.Builder::eligibleApplicantsStatedAs, STRING)
          .list("legalBasis", ParticipationCall::legalBasis, ImmutableParticipationCall.Builder::addLegalBasis,
              LEGAL_REFERENCE)
          .optional("adoptingAct", ParticipationCall::adoptingAct, ImmutableParticipationCall.Builder::adoptingAct,
              LEGAL_REFERENCE)
          .optional("url", ParticipationCall::url, ImmutableParticipationCall.Builder::url, STRING)
          .optional("signedBy", ParticipationCall::signedBy, ImmutableParticipationCall.Builder::signedBy, STRING)
          .optional("notes", ParticipationCall::notes, ImmutableParticipationCall.Builder::notes, STRING)
          .list("sources", ParticipationCall::sources, ImmutableParticipationCall.Builder::addSources, SOURCE_REF)
          .build();

  public static final ObjectCodec<ExpressionOfInterest, ImmutableExpressionOfInterest.Builder>
      EXPRESSION_OF_INTEREST = ObjectCodec
          .of(ExpressionOfInterest.class, "Manifestazione d'interesse: a party's answer to a call",
              ExpressionOfInterest::builder, ImmutableExpressionOfInterest.Builder::build)
          .required("id", ExpressionOfInterest::id, ImmutableExpressionOfInterest.Builder::id, STRING)
          .required("callId", ExpressionOfInterest::callId, ImmutableExpressionOfInterest.Builder::callId, STRING)
          .required("partyId", ExpressionOfInterest::partyId, ImmutableExpressionOfInterest.Builder::partyId, STRING)
          .optional("receivedOn", ExpressionOfInterest::receivedOn, ImmutableExpressionOfInterest.Builder::receivedOn,
              DATE_CODEC)
          .list("workTableIds", ExpressionOfInterest::workTableIds,
              ImmutableExpressionOfInterest.Builder::addWorkTableIds, STRING)
          .optional("notes", ExpressionOfInterest::notes, ImmutableExpressionOfInterest.Builder::notes, STRING)
          .build();

  public static final ObjectCodec<Phase, ImmutablePhase.Builder> PHASE = ObjectCodec
      .of(Phase.class, "Fase del percorso: a declared stage of the drafting process", Phase::builder,
          ImmutablePhase.Builder::build)
      .required("id", Phase::id, ImmutablePhase.Builder::id, STRING)
      .required("name", Phase::name, ImmutablePhase.Builder::name, STRING)
      .optional("window", Phase::window, ImmutablePhase.Builder::window, DATE_WINDOW)
      .optional("description", Phase::description, ImmutablePhase.Builder::description, STRING)
      .optional("notes", Phase::notes, ImmutablePhase.Builder::notes, STRING)
      .list("sources", Phase::sources, ImmutablePhase.Builder::addSources, SOURCE_REF)
      .build();

  public static final ObjectCodec<WorkTable, ImmutableWorkTable.Builder> WORK_TABLE = ObjectCodec
      .of(WorkTable.class, "Tavolo di lavoro: a thematic, plenary or co-programming table", WorkTable::builder,
          ImmutableWorkTable.Builder::build)
      .required("id", WorkTable::id, ImmutableWorkTable.Builder::id, STRING)
      .required("name", WorkTable::name, ImmutableWorkTable.Builder::name, STRING)
      .required("kind", WorkTable::kind, ImmutableWorkTable.Builder::kind, enumCodec(WorkTableKind.class))
      .optional("subDistrictId", WorkTable::subDistrictId, ImmutableWorkTable.Builder::subDistrictId, STRING)
      .optional("phaseId", WorkTable::phaseId, ImmutableWorkTable.Builder::phaseId, STRING)
      .optional("callId", WorkTable::callId, ImmutableWorkTable.Builder::callId, STRING)
      .list("targetGroupIds", WorkTable::targetGroupIds, ImmutableWorkTable.Builder::addTargetGroupIds, STRING)
      .list("policyAreaIds", WorkTable::policyAreaIds, ImmutableWorkTable.Builder::addPolicyAreaIds, STRING)
      .list("strategicAreaIds", WorkTable::strategicAreaIds, ImmutableWorkTable.Builder::addStrategicAreaIds, STRING)
      .list("participantIds", WorkTable::participantIds, ImmutableWorkTable.Builder::addParticipantIds, STRING)
      .defaulted("rewardFunding", WorkTable::rewardFunding, ImmutableWorkTable.Builder::rewardFunding, BOOLEAN)
      .optional("description", WorkTable::description, ImmutableWorkTable.Builder::description, STRING)
      .optional("notes", WorkTable::notes, ImmutableWorkTable.Builder::notes, STRING)
      .list("sources", WorkTable::sources, ImmutableWorkTable.Builder::addSources, SOURCE_REF)
      .build();

  public static final ObjectCodec<Meeting, ImmutableMeeting.Builder> MEETING = ObjectCodec
      .of(Meeting.class, "Incontro: a meeting of a work table or of a governance body", Meeting::builder,
          ImmutableMeeting.Builder::build)
      .required("id", Meeting::id, ImmutableMeeting.Builder::id, STRING)
      .optional("title", Meeting::title, ImmutableMeeting.Builder::title, STRING)
      .optional("workTableId", Meeting::workTableId, ImmutableMeeting.Builder::workTableId, STRING)
      .optional("governanceBodyId", Meeting::governanceBodyId, ImmutableMeeting.Builder::governanceBodyId, STRING)
      .optional("phaseId", Meeting::phaseId, ImmutableMeeting.Builder::phaseId, STRING)
      .required("date", Meeting::date, ImmutableMeeting.Builder::date, PARTIAL_DATE_CODEC)
      .optional("endDate", Meeting::endDate, ImmutableMeeting.Builder::endDate, DATE_CODEC)
      .optional("startTime", Meeting::startTime, ImmutableMeeting.Builder::startTime, TIME_CODEC)
      .optional("mode", Meeting::mode, ImmutableMeeting.Builder::mode, enumCodec(MeetingMode.class))
      .optional("place", Meeting::place, ImmutableMeeting.Builder::place, STRING)
      .optional("statedAs", Meeting::statedAs, ImmutableMeeting.Builder::statedAs, STRING)
      .optional("notes", Meeting::notes, ImmutableMeeting.Builder::notes, STRING)
      .list("sources", Meeting::sources, ImmutableMeeting.Builder::addSources, SOURCE_REF)
      .build();

  public static final ObjectCodec<Participation, ImmutableParticipation.Builder> PARTICIPATION = ObjectCodec
      .of(Participation.class, "Percorso partecipativo: how the plan was drawn up with the territory",
          Participation::builder, ImmutableParticipation.Builder::build)
      .list("calls", Participation::calls, ImmutableParticipation.Builder::addCalls, PARTICIPATION_CALL)
      .list("expressionsOfInterest", Participation::expressionsOfInterest,
          ImmutableParticipation.Builder::addExpressionsOfInterest, EXPRESSION_OF_INTEREST)
      .list("phases", Participation::phases, ImmutableParticipation.Builder::addPhases, PHASE)
      .list("workTables", Participation::workTables, ImmutableParticipation.Builder::addWorkTables, WORK_TABLE)
      .list("meetings", Participation::meetings, ImmutableParticipation.Builder::addMeetings, MEETING)
      .build();

  // ---- policy

  public static final ObjectCodec<MatrixAxisItem, ImmutableMatrixAxisItem.Builder> MATRIX_AXIS_ITEM = ObjectCodec
      .of(MatrixAxisItem.class, "Voce della matrice: a row or column heading of the priority matrix",
          MatrixAxisItem::builder, ImmutableMatrixAxisItem.Builder::build)
      .required("id", MatrixAxisItem::id, ImmutableMatrixAxisItem.Builder::id, STRING)
      .required("name", MatrixAxisItem::name, ImmutableMatrixAxisItem.Builder::name, STRING)
      .build();

  /** {@link MatrixCell} has no builder: its two ids are collected here. */
  static final class CellIds {
    String rowId;
    String columnId;
  }

  public static final ObjectCodec<MatrixCell, CellIds> MATRIX_CELL = ObjectCodec
      .of(MatrixCell.class, "Cella della matrice delle priorità: where an objective sits", CellIds::new,
          b -> MatrixCell.of(b.rowId, b.columnId))
      .required("rowId", MatrixCell::rowId, (b, v) -> b.rowId = v, STRING)
      .required("columnId", MatrixCell::columnId, (b, v) -> b.columnId = v, STRING)
      .build();

  public static final ObjectCodec<TargetGroup, ImmutableTargetGroup.Builder> TARGET_GROUP = ObjectCodec
      .of(TargetGroup.class, "Area target / area di utenza: a population the plan addresses", TargetGroup::builder,
          ImmutableTargetGroup.Builder::build)
      .required("id", TargetGroup::id, ImmutableTargetGroup.Builder::id, STRING)
      .required("name", TargetGroup::name, ImmutableTargetGroup.Builder::name, STRING)
      .optional("description", TargetGroup::description, ImmutableTargetGroup.Builder::description, STRING)
      .build();

  public static final ObjectCodec<PolicyArea, ImmutablePolicyArea.Builder> POLICY_AREA = ObjectCodec
      .of(PolicyArea.class, "Area di policy / area trasversale: a theme across target groups", PolicyArea::builder,
          ImmutablePolicyArea.Builder::build)
      .required("id", PolicyArea::id, ImmutablePolicyArea.Builder::id, STRING)
      .required("name", PolicyArea::name, ImmutablePolicyArea.Builder::name, STRING)
      .optional("description", PolicyArea::description, ImmutablePolicyArea.Builder::description, STRING)
      .build();

  public static final ObjectCodec<StrategicArea, ImmutableStrategicArea.Builder> STRATEGIC_AREA = ObjectCodec
      .of(StrategicArea.class, "Area strategica: an area of the regional framework", StrategicArea::builder,
          ImmutableStrategicArea.Builder::build)
      .required("id", StrategicArea::id, ImmutableStrategicArea.Builder::id, STRING)
      .required("name", StrategicArea::name, ImmutableStrategicArea.Builder::name, STRING)
      .optional("description", StrategicArea::description, ImmutableStrategicArea.Builder::description, STRING)
      .build();

  public static final ObjectCodec<PriorityMatrix, ImmutablePriorityMatrix.Builder> PRIORITY_MATRIX = ObjectCodec
      .of(PriorityMatrix.class, "Matrice delle priorità: priority areas (rows) by regional lines (columns)",
          PriorityMatrix::builder, ImmutablePriorityMatrix.Builder::build)
      .optional("title", PriorityMatrix::title, ImmutablePriorityMatrix.Builder::title, STRING)
      .list("rows", PriorityMatrix::rows, ImmutablePriorityMatrix.Builder::addRows, MATRIX_AXIS_ITEM)
      .list("columns", PriorityMatrix::columns, ImmutablePriorityMatrix.Builder::addColumns, MATRIX_AXIS_ITEM)
      .build();

  public static final ObjectCodec<PolicyFramework, ImmutablePolicyFramework.Builder> POLICY_FRAMEWORK = ObjectCodec
      .of(PolicyFramework.class, "Quadro delle politiche: target groups, policy areas, strategic areas, matrix",
          PolicyFramework::builder, ImmutablePolicyFramework.Builder::build)
      .list("targetGroups", PolicyFramework::targetGroups, ImmutablePolicyFramework.Builder::addTargetGroups,
          TARGET_GROUP)
      .list("policyAreas", PolicyFramework::policyAreas, ImmutablePolicyFramework.Builder::addPolicyAreas, POLICY_AREA)
      .list("strategicAreas", PolicyFramework::strategicAreas, ImmutablePolicyFramework.Builder::addStrategicAreas,
          STRATEGIC_AREA)
      .optional("priorityMatrix", PolicyFramework::priorityMatrix, ImmutablePolicyFramework.Builder::priorityMatrix,
          PRIORITY_MATRIX)
      .build();

  // ---- objectives

  public static final ObjectCodec<Action, ImmutableAction.Builder> ACTION = ObjectCodec
      .of(Action.class, "Azione / intervento: one thing the plan will do to reach an objective", Action::builder,
          ImmutableAction.Builder::build)
      .required("id", Action::id, ImmutableAction.Builder::id, STRING)
      .required("description", Action::description, ImmutableAction.Builder::description, STRING)
      .optional("scheduledFor", Action::scheduledFor, ImmutableAction.Builder::scheduledFor, PARTIAL_DATE_CODEC)
      .optional("notes", Action::notes, ImmutableAction.Builder::notes, STRING)
      .build();

  public static final ObjectCodec<Referent, ImmutableReferent.Builder> REFERENT = ObjectCodec
      .of(Referent.class, "Referente (integrazione): who answers for an objective", Referent::builder,
          ImmutableReferent.Builder::build)
      .required("label", Referent::label, ImmutableReferent.Builder::label, STRING)
      .optional("partyId", Referent::partyId, ImmutableReferent.Builder::partyId, STRING)
      .optional("role", Referent::role, ImmutableReferent.Builder::role, STRING)
      .build();

  public static final ObjectCodec<Milestone, ImmutableMilestone.Builder> MILESTONE = ObjectCodec
      .of(Milestone.class, "Tempi / scadenza: a step of an objective with its date, month or year",
          Milestone::builder, ImmutableMilestone.Builder::build)
      .required("id", Milestone::id, ImmutableMilestone.Builder::id, STRING)
      .required("description", Milestone::description, ImmutableMilestone.Builder::description, STRING)
      .defaulted("kind", Milestone::kind, ImmutableMilestone.Builder::kind, enumCodec(MilestoneKind.class))
      .optional("due", Milestone::due, ImmutableMilestone.Builder::due, PARTIAL_DATE_CODEC)
      .required("statedAs", Milestone::statedAs, ImmutableMilestone.Builder::statedAs, STRING)
      .optional("notes", Milestone::notes, ImmutableMilestone.Builder::notes, STRING)
      .build();

  public static final ObjectCodec<TargetRange, ImmutableTargetRange.Builder> TARGET_RANGE = ObjectCodec
      .of(TargetRange.class, "Range di valutazione: the target of an indicator", TargetRange::builder,
          ImmutableTargetRange.Builder::build)
      .required("kind", TargetRange::kind, ImmutableTargetRange.Builder::kind, enumCodec(TargetKind.class))
      .optional("min", TargetRange::min, ImmutableTargetRange.Builder::min, DECIMAL)
      .optional("max", TargetRange::max, ImmutableTargetRange.Builder::max, DECIMAL)
      .optional("outOf", TargetRange::outOf, ImmutableTargetRange.Builder::outOf, DECIMAL)
      .optional("recurrence", TargetRange::recurrence, ImmutableTargetRange.Builder::recurrence,
          enumCodec(TargetRecurrence.class))
      .optional("deadline", TargetRange::deadline, ImmutableTargetRange.Builder::deadline, PARTIAL_DATE_CODEC)
      .optional("startingFrom", TargetRange::startingFrom, ImmutableTargetRange.Builder::startingFrom,
          PARTIAL_DATE_CODEC)
      .optional("statedAs", TargetRange::statedAs, ImmutableTargetRange.Builder::statedAs, STRING)
      .build();

  public static final ObjectCodec<BudgetFormula, ImmutableBudgetFormula.Builder> BUDGET_FORMULA = ObjectCodec
      .of(BudgetFormula.class, "Formula su dati di bilancio: an indicator computed from the budget",
          BudgetFormula::builder, ImmutableBudgetFormula.Builder::build)
      .optional("numeratorObjectiveId", BudgetFormula::numeratorObjectiveId,
          ImmutableBudgetFormula.Builder::numeratorObjectiveId, STRING)
      .required("base", BudgetFormula::base, ImmutableBudgetFormula.Builder::base, enumCodec(FormulaBase.class))
      .optional("year", BudgetFormula::year, ImmutableBudgetFormula.Builder::year, YEAR)
      .build();

  public static final ObjectCodec<Measurement, ImmutableMeasurement.Builder> MEASUREMENT = ObjectCodec
      .of(Measurement.class, "Misurazione / rilevazione: a value an indicator took at a date", Measurement::builder,
          ImmutableMeasurement.Builder::build)
      .required("date", Measurement::date, ImmutableMeasurement.Builder::date, PARTIAL_DATE_CODEC)
      .required("value", Measurement::value, ImmutableMeasurement.Builder::value, DECIMAL)
      .optional("notes", Measurement::notes, ImmutableMeasurement.Builder::notes, STRING)
      .build();

  public static final ObjectCodec<Indicator, ImmutableIndicator.Builder> INDICATOR = ObjectCodec
      .of(Indicator.class, "Indicatore di esito: what is measured to judge an objective", Indicator::builder,
          ImmutableIndicator.Builder::build)
      .required("id", Indicator::id, ImmutableIndicator.Builder::id, STRING)
      .required("description", Indicator::description, ImmutableIndicator.Builder::description, STRING)
      .required("unit", Indicator::unit, ImmutableIndicator.Builder::unit, enumCodec(IndicatorUnit.class))
      .optional("target", Indicator::target, ImmutableIndicator.Builder::target, TARGET_RANGE)
      .optional("baseline", Indicator::baseline, ImmutableIndicator.Builder::baseline, DECIMAL)
      .optional("formula", Indicator::formula, ImmutableIndicator.Builder::formula, BUDGET_FORMULA)
      .list("measurements", Indicator::measurements, ImmutableIndicator.Builder::addMeasurements, MEASUREMENT)
      .optional("notes", Indicator::notes, ImmutableIndicator.Builder::notes, STRING)
      .build();

  public static final ObjectCodec<Objective, ImmutableObjective.Builder> OBJECTIVE = ObjectCodec
      .of(Objective.class, "Obiettivo: a goal of the plan for its period", Objective::builder,
          ImmutableObjective.Builder::build)
      .required("id", Objective::id, ImmutableObjective.Builder::id, STRING)
      .required("code", Objective::code, ImmutableObjective.Builder::code, STRING)
      .required("title", Objective::title, ImmutableObjective.Builder::title, STRING)
      .optional("description", Objective::description, ImmutableObjective.Builder::description, STRING)
      .optional("rationale", Objective::rationale, ImmutableObjective.Builder::rationale, STRING)
      .optional("matrixCell", Objective::matrixCell, ImmutableObjective.Builder::matrixCell, MATRIX_CELL)
      .list("targetGroupIds", Objective::targetGroupIds, ImmutableObjective.Builder::addTargetGroupIds, STRING)
      .list("policyAreaIds", Objective::policyAreaIds, ImmutableObjective.Builder::addPolicyAreaIds, STRING)
      .list("strategicAreaIds", Objective::strategicAreaIds, ImmutableObjective.Builder::addStrategicAreaIds, STRING)
      .list("workTableIds", Objective::workTableIds, ImmutableObjective.Builder::addWorkTableIds, STRING)
      .list("actions", Objective::actions, ImmutableObjective.Builder::addActions, ACTION)
      .optional("integration", Objective::integration, ImmutableObjective.Builder::integration, STRING)
      .list("referents", Objective::referents, ImmutableObjective.Builder::addReferents, REFERENT)
      .optional("resources", Objective::resources, ImmutableObjective.Builder::resources, STRING)
      .list("tools", Objective::tools, ImmutableObjective.Builder::addTools, STRING)
      .list("milestones", Objective::milestones, ImmutableObjective.Builder::addMilestones, MILESTONE)
      .list("indicators", Objective::indicators, ImmutableObjective.Builder::addIndicators, INDICATOR)
      .optional("evaluationMethod", Objective::evaluationMethod, ImmutableObjective.Builder::evaluationMethod, STRING)
      .optional("timing", Objective::timing, ImmutableObjective.Builder::timing, STRING)
      .optional("notes", Objective::notes, ImmutableObjective.Builder::notes, STRING)
      .list("sources", Objective::sources, ImmutableObjective.Builder::addSources, SOURCE_REF)
      .build();

  public static final ObjectCodec<PreviousPlanOutcome, ImmutablePreviousPlanOutcome.Builder> PREVIOUS_PLAN_OUTCOME =
      ObjectCodec.of(PreviousPlanOutcome.class, "Esiti del piano precedente: what an objective of the previous "
              + "plan achieved", PreviousPlanOutcome::builder, ImmutablePreviousPlanOutcome.Builder::build)
          .required("id", PreviousPlanOutcome::id, ImmutablePreviousPlanOutcome.Builder::id, STRING)
          .required("code", PreviousPlanOutcome::code, ImmutablePreviousPlanOutcome.Builder::code, STRING)
          .optional("priorityArea", PreviousPlanOutcome::priorityArea,
              ImmutablePreviousPlanOutcome.Builder::priorityArea, STRING)
          .required("title", PreviousPlanOutcome::title, ImmutablePreviousPlanOutcome.Builder::title, STRING)
          .list("interventions", PreviousPlanOutcome::interventions,
              ImmutablePreviousPlanOutcome.Builder::addInterventions, STRING)
          .list("actionsDone", PreviousPlanOutcome::actionsDone, ImmutablePreviousPlanOutcome.Builder::addActionsDone,
              STRING)
          .list("results", PreviousPlanOutcome::results, ImmutablePreviousPlanOutcome.Builder::addResults, STRING)
          .optional("notes", PreviousPlanOutcome::notes, ImmutablePreviousPlanOutcome.Builder::notes, STRING)
          .list("sources", PreviousPlanOutcome::sources, ImmutablePreviousPlanOutcome.Builder::addSources, SOURCE_REF)
          .build();

  // ---- budget

  public static final ObjectCodec<FundingSource, ImmutableFundingSource.Builder> FUNDING_SOURCE = ObjectCodec
      .of(FundingSource.class, "Fonte di finanziamento: a fund kind and the name the document uses",
          FundingSource::builder, ImmutableFundingSource.Builder::build)
      .required("kind", FundingSource::kind, ImmutableFundingSource.Builder::kind, enumCodec(FundingSourceKind.class))
      .optional("label", FundingSource::label, ImmutableFundingSource.Builder::label, STRING)
      .build();

  public static final ObjectCodec<BudgetLine, ImmutableBudgetLine.Builder> BUDGET_LINE = ObjectCodec
      .of(BudgetLine.class, "Voce di budget: what one objective gets in one year from one funding source",
          BudgetLine::builder, ImmutableBudgetLine.Builder::build)
      .optional("objectiveId", BudgetLine::objectiveId, ImmutableBudgetLine.Builder::objectiveId, STRING)
      .optional("label", BudgetLine::label, ImmutableBudgetLine.Builder::label, STRING)
      .required("year", BudgetLine::year, ImmutableBudgetLine.Builder::year, YEAR)
      .optional("fundingSource", BudgetLine::fundingSource, ImmutableBudgetLine.Builder::fundingSource, FUNDING_SOURCE)
      .optional("amount", BudgetLine::amount, ImmutableBudgetLine.Builder::amount, MONEY)
      .optional("statedAs", BudgetLine::statedAs, ImmutableBudgetLine.Builder::statedAs, STRING)
      .build();

  public static final ObjectCodec<DeclaredTotal, ImmutableDeclaredTotal.Builder> DECLARED_TOTAL = ObjectCodec
      .of(DeclaredTotal.class, "Totale dichiarato: a total as printed, for a year and optionally an objective",
          DeclaredTotal::builder, ImmutableDeclaredTotal.Builder::build)
      .required("year", DeclaredTotal::year, ImmutableDeclaredTotal.Builder::year, YEAR)
      .optional("objectiveId", DeclaredTotal::objectiveId, ImmutableDeclaredTotal.Builder::objectiveId, STRING)
      .required("amount", DeclaredTotal::amount, ImmutableDeclaredTotal.Builder::amount, MONEY)
      .optional("statedAs", DeclaredTotal::statedAs, ImmutableDeclaredTotal.Builder::statedAs, STRING)
      .build();

  public static final ObjectCodec<DistrictSocialSpending, ImmutableDistrictSocialSpending.Builder>
      DISTRICT_SOCIAL_SPENDING = ObjectCodec
          .of(DistrictSocialSpending.class, "Spesa sociale distrettuale: the district's social spending in a year",
              DistrictSocialSpending::builder, ImmutableDistrictSocialSpending.Builder::build)
          .required("year", DistrictSocialSpending::year, ImmutableDistrictSocialSpending.Builder::year, YEAR)
          .required("amount", DistrictSocialSpending::amount, ImmutableDistrictSocialSpending.Builder::amount, MONEY)
          .optional("statedAs", DistrictSocialSpending::statedAs, ImmutableDistrictSocialSpending.Builder::statedAs,
              STRING)
          .build();

  public static final ObjectCodec<DeclaredShare, ImmutableDeclaredShare.Builder> DECLARED_SHARE = ObjectCodec
      .of(DeclaredShare.class, "Quota dichiarata: a share as printed, with its decimals", DeclaredShare::builder,
          ImmutableDeclaredShare.Builder::build)
      .required("year", DeclaredShare::year, ImmutableDeclaredShare.Builder::year, YEAR)
      .required("kind", DeclaredShare::kind, ImmutableDeclaredShare.Builder::kind, enumCodec(ShareKind.class))
      .required("value", DeclaredShare::value, ImmutableDeclaredShare.Builder::value, PERCENTAGE)
      // mirrors DeclaredShare.check()
      .defaulted("decimals", DeclaredShare::decimals, ImmutableDeclaredShare.Builder::decimals, integer(0, 6))
      .optional("statedAs", DeclaredShare::statedAs, ImmutableDeclaredShare.Builder::statedAs, STRING)
      .build();

  public static final ObjectCodec<ActualsLine, ImmutableActualsLine.Builder> ACTUALS_LINE = ObjectCodec
      .of(ActualsLine.class, "Voce di consuntivo: what was spent on one item in one past year",
          ActualsLine::builder, ImmutableActualsLine.Builder::build)
      .optional("category", ActualsLine::category, ImmutableActualsLine.Builder::category, STRING)
      .required("item", ActualsLine::item, ImmutableActualsLine.Builder::item, STRING)
      .required("year", ActualsLine::year, ImmutableActualsLine.Builder::year, YEAR)
      .optional("amount", ActualsLine::amount, ImmutableActualsLine.Builder::amount, MONEY)
      .optional("statedAs", ActualsLine::statedAs, ImmutableActualsLine.Builder::statedAs, STRING)
      .build();

  public static final ObjectCodec<Actuals, ImmutableActuals.Builder> ACTUALS = ObjectCodec
      .of(Actuals.class, "Consuntivo: spending of past years by item", Actuals::builder,
          ImmutableActuals.Builder::build)
      .optional("title", Actuals::title, ImmutableActuals.Builder::title, STRING)
      .list("lines", Actuals::lines, ImmutableActuals.Builder::addLines, ACTUALS_LINE)
      .list("declaredTotals", Actuals::declaredTotals, ImmutableActuals.Builder::addDeclaredTotals, DECLARED_TOTAL)
      .optional("notes", Actuals::notes, ImmutableActuals.Builder::notes, STRING)
      .list("sources", Actuals::sources, ImmutableActuals.Builder::addSources, SOURCE_REF)
      .build();

  public static final ObjectCodec<Budget, ImmutableBudget.Builder> BUDGET = ObjectCodec
      .of(Budget.class, "Budget / risorse: lines by objective, year and funding source, with declared figures",
          Budget::builder, ImmutableBudget.Builder::build)
      .list("lines", Budget::lines, ImmutableBudget.Builder::addLines, BUDGET_LINE)
      .list("declaredTotals", Budget::declaredTotals, ImmutableBudget.Builder::addDeclaredTotals, DECLARED_TOTAL)
      .list("districtSocialSpending", Budget::districtSocialSpending,
          ImmutableBudget.Builder::addDistrictSocialSpending, DISTRICT_SOCIAL_SPENDING)
      .list("declaredShares", Budget::declaredShares, ImmutableBudget.Builder::addDeclaredShares, DECLARED_SHARE)
      .optional("actuals", Budget::actuals, ImmutableBudget.Builder::actuals, ACTUALS)
      .optional("notes", Budget::notes, ImmutableBudget.Builder::notes, STRING)
      .list("sources", Budget::sources, ImmutableBudget.Builder::addSources, SOURCE_REF)
      .build();

  // ---- governance

  public static final ObjectCodec<SeatRule, ImmutableSeatRule.Builder> SEAT_RULE = ObjectCodec
      .of(SeatRule.class, "Regola di composizione: a declared rule for the seats of a body", SeatRule::builder,
          ImmutableSeatRule.Builder::build)
      .required("id", SeatRule::id, ImmutableSeatRule.Builder::id, STRING)
      .required("basis", SeatRule::basis, ImmutableSeatRule.Builder::basis, enumCodec(SeatBasis.class))
      // mirrors SeatRule.check()
      .required("seats", SeatRule::seats, ImmutableSeatRule.Builder::seats, integer(0, Integer.MAX_VALUE))
      .optional("organisationKind", SeatRule::organisationKind, ImmutableSeatRule.Builder::organisationKind,
          enumCodec(OrganisationKind.class))
      .optional("thirdSectorKind", SeatRule::thirdSectorKind, ImmutableSeatRule.Builder::thirdSectorKind,
          enumCodec(ThirdSectorKind.class))
      .optional("role", SeatRule::role, ImmutableSeatRule.Builder::role, STRING)
      .required("statedAs", SeatRule::statedAs, ImmutableSeatRule.Builder::statedAs, STRING)
      .build();

  public static final ObjectCodec<BodyMember, ImmutableBodyMember.Builder> BODY_MEMBER = ObjectCodec
      .of(BodyMember.class, "Componente: an actual member of a governance body", BodyMember::builder,
          ImmutableBodyMember.Builder::build)
      .optional("partyId", BodyMember::partyId, ImmutableBodyMember.Builder::partyId, STRING)
      .optional("personName", BodyMember::personName, ImmutableBodyMember.Builder::personName, STRING)
      .optional("role", BodyMember::role, ImmutableBodyMember.Builder::role, STRING)
      .optional("seatRuleId", BodyMember::seatRuleId, ImmutableBodyMember.Builder::seatRuleId, STRING)
      .optional("subDistrictId", BodyMember::subDistrictId, ImmutableBodyMember.Builder::subDistrictId, STRING)
      .optional("notes", BodyMember::notes, ImmutableBodyMember.Builder::notes, STRING)
      .build();

  public static final ObjectCodec<Cadence, ImmutableCadence.Builder> CADENCE = ObjectCodec
      .of(Cadence.class, "Periodicità: how often a body meets", Cadence::builder, ImmutableCadence.Builder::build)
      // mirrors Cadence.check()
      .required("meetings", Cadence::meetings, ImmutableCadence.Builder::meetings, integer(1, Integer.MAX_VALUE))
      .required("per", Cadence::per, ImmutableCadence.Builder::per, enumCodec(CadenceUnit.class))
      .optional("statedAs", Cadence::statedAs, ImmutableCadence.Builder::statedAs, STRING)
      .build();

  public static final ObjectCodec<GovernanceBody, ImmutableGovernanceBody.Builder> GOVERNANCE_BODY = ObjectCodec
      .of(GovernanceBody.class, "Organo di governo: a body of the plan's governance", GovernanceBody::builder,
          ImmutableGovernanceBody.Builder::build)
      .required("id", GovernanceBody::id, ImmutableGovernanceBody.Builder::id, STRING)
      .required("kind", GovernanceBody::kind, ImmutableGovernanceBody.Builder::kind,
          enumCodec(GovernanceBodyKind.class))
      .required("name", GovernanceBody::name, ImmutableGovernanceBody.Builder::name, STRING)
      .optional("description", GovernanceBody::description, ImmutableGovernanceBody.Builder::description, STRING)
      .optional("coordinatorId", GovernanceBody::coordinatorId, ImmutableGovernanceBody.Builder::coordinatorId, STRING)
      .list("seatRules", GovernanceBody::seatRules, ImmutableGovernanceBody.Builder::addSeatRules, SEAT_RULE)
      .list("members", GovernanceBody::members, ImmutableGovernanceBody.Builder::addMembers, BODY_MEMBER)
      .optional("cadence", GovernanceBody::cadence, ImmutableGovernanceBody.Builder::cadence, CADENCE)
      .set("powers", GovernanceBody::powers, ImmutableGovernanceBody.Builder::addPowers, enumCodec(Power.class))
      .optional("notes", GovernanceBody::notes, ImmutableGovernanceBody.Builder::notes, STRING)
      .list("sources", GovernanceBody::sources, ImmutableGovernanceBody.Builder::addSources, SOURCE_REF)
      .build();

  // ---- agreement

  public static final ObjectCodec<Signatory, ImmutableSignatory.Builder> SIGNATORY = ObjectCodec
      .of(Signatory.class, "Sottoscrittore: a public body that signs the programme agreement", Signatory::builder,
          ImmutableSignatory.Builder::build)
      .required("partyId", Signatory::partyId, ImmutableSignatory.Builder::partyId, STRING)
      .optional("signedOn", Signatory::signedOn, ImmutableSignatory.Builder::signedOn, DATE_CODEC)
      .optional("signedBy", Signatory::signedBy, ImmutableSignatory.Builder::signedBy, STRING)
      .optional("notes", Signatory::notes, ImmutableSignatory.Builder::notes, STRING)
      .build();

  public static final ObjectCodec<Adherent, ImmutableAdherent.Builder> ADHERENT = ObjectCodec
      .of(Adherent.class, "Aderente: an actor that adheres to the programme agreement on request",
          Adherent::builder, ImmutableAdherent.Builder::build)
      .required("partyId", Adherent::partyId, ImmutableAdherent.Builder::partyId, STRING)
      .optional("requestedOn", Adherent::requestedOn, ImmutableAdherent.Builder::requestedOn, DATE_CODEC)
      .optional("adheredOn", Adherent::adheredOn, ImmutableAdherent.Builder::adheredOn, DATE_CODEC)
      .optional("notes", Adherent::notes, ImmutableAdherent.Builder::notes, STRING)
      .build();

  public static final ObjectCodec<ProgrammeAgreement, ImmutableProgrammeAgreement.Builder> PROGRAMME_AGREEMENT =
      ObjectCodec.of(ProgrammeAgreement.class, "Accordo di programma: the agreement by which the plan is adopted",
              ProgrammeAgreement::builder, ImmutableProgrammeAgreement.Builder::build)
          .required("id", ProgrammeAgreement::id, ImmutableProgrammeAgreement.Builder::id, STRING)
          .optional("title", ProgrammeAgreement::title, ImmutableProgrammeAgreement.Builder::title, STRING)
          .required("adoptsPlanId", ProgrammeAgreement::adoptsPlanId, ImmutableProgrammeAgreement.Builder::adoptsPlanId,
              STRING)
          .optional("leadPartyId", ProgrammeAgreement::leadPartyId, ImmutableProgrammeAgreement.Builder::leadPartyId,
              STRING)
          .list("signatories", ProgrammeAgreement::signatories, ImmutableProgrammeAgreement.Builder::addSignatories,
              SIGNATORY)
          .list("adherents", ProgrammeAgreement::adherents, ImmutableProgrammeAgreement.Builder::addAdherents,
              ADHERENT)
          .optional("signatureDate", ProgrammeAgreement::signatureDate,
              ImmutableProgrammeAgreement.Builder::signatureDate, DATE_CODEC)
          .optional("validity", ProgrammeAgreement::validity, ImmutableProgrammeAgreement.Builder::validity,
              PLAN_PERIOD)
          .optional("regionalSignatureDeadline", ProgrammeAgreement::regionalSignatureDeadline,
              ImmutableProgrammeAgreement.Builder::regionalSignatureDeadline, DATE_CODEC)
          .list("legalBasis", ProgrammeAgreement::legalBasis, ImmutableProgrammeAgreement.Builder::addLegalBasis,
              LEGAL_REFERENCE)
          .optional("notes", ProgrammeAgreement::notes, ImmutableProgrammeAgreement.Builder::notes, STRING)
          .list("sources", ProgrammeAgreement::sources, ImmutableProgrammeAgreement.Builder::addSources, SOURCE_REF)
          .build();

  // ---- the plan

  public static final ObjectCodec<PlanReference, ImmutablePlanReference.Builder> PLAN_REFERENCE = ObjectCodec
      .of(PlanReference.class, "Piano precedente: a reference to another plan", PlanReference::builder,
          ImmutablePlanReference.Builder::build)
      .optional("planId", PlanReference::planId, ImmutablePlanReference.Builder::planId, STRING)
      .required("title", PlanReference::title, ImmutablePlanReference.Builder::title, STRING)
      .optional("period", PlanReference::period, ImmutablePlanReference.Builder::period, PLAN_PERIOD)
      .build();

  public static final ObjectCodec<AnnualOperatingPlan, ImmutableAnnualOperatingPlan.Builder> ANNUAL_OPERATING_PLAN =
      ObjectCodec.of(AnnualOperatingPlan.class, "Piano operativo annuale: the yearly plan within the triennial plan",
              AnnualOperatingPlan::builder, ImmutableAnnualOperatingPlan.Builder::build)
          .required("year", AnnualOperatingPlan::year, ImmutableAnnualOperatingPlan.Builder::year, YEAR)
          .required("title", AnnualOperatingPlan::title, ImmutableAnnualOperatingPlan.Builder::title, STRING)
          .optional("adoptedOn", AnnualOperatingPlan::adoptedOn, ImmutableAnnualOperatingPlan.Builder::adoptedOn,
              DATE_CODEC)
          .optional("description", AnnualOperatingPlan::description,
              ImmutableAnnualOperatingPlan.Builder::description, STRING)
          .optional("notes", AnnualOperatingPlan::notes, ImmutableAnnualOperatingPlan.Builder::notes, STRING)
          .list("sources", AnnualOperatingPlan::sources, ImmutableAnnualOperatingPlan.Builder::addSources, SOURCE_REF)
          .build();

  public static final ObjectCodec<DeclaredCount, ImmutableDeclaredCount.Builder> DECLARED_COUNT = ObjectCodec
      .of(DeclaredCount.class, "Numero dichiarato: a count as a document states it", DeclaredCount::builder,
          ImmutableDeclaredCount.Builder::build)
      .required("subject", DeclaredCount::subject, ImmutableDeclaredCount.Builder::subject,
          enumCodec(CountedSubject.class))
      // mirrors DeclaredCount.check()
      .required("value", DeclaredCount::value, ImmutableDeclaredCount.Builder::value, integer(0, Integer.MAX_VALUE))
      .optional("scopeId", DeclaredCount::scopeId, ImmutableDeclaredCount.Builder::scopeId, STRING)
      .required("statedAs", DeclaredCount::statedAs, ImmutableDeclaredCount.Builder::statedAs, STRING)
      .list("sources", DeclaredCount::sources, ImmutableDeclaredCount.Builder::addSources, SOURCE_REF)
      .build();

  /** The root: a plan document, whose first field is the format's {@code schemaVersion}. */
  public static final ObjectCodec<ZonePlan, ImmutableZonePlan.Builder> ZONE_PLAN = ObjectCodec
      .of(ZonePlan.class, "Piano di Zona: the triennial plan of a territorial district (L. 328/2000 art. 19)",
          ZonePlan::builder, ImmutableZonePlan.Builder::build)
      .constant("schemaVersion", SCHEMA_VERSION, ModelCodecs::checkSchemaVersion)
      .required("id", ZonePlan::id, ImmutableZonePlan.Builder::id, STRING)
      .required("title", ZonePlan::title, ImmutableZonePlan.Builder::title, STRING)
      .required("district", ZonePlan::district, ImmutableZonePlan.Builder::district, DISTRICT)
      .required("period", ZonePlan::period, ImmutableZonePlan.Builder::period, PLAN_PERIOD)
      .defaulted("status", ZonePlan::status, ImmutableZonePlan.Builder::status, enumCodec(PlanStatus.class))
      .optional("predecessor", ZonePlan::predecessor, ImmutableZonePlan.Builder::predecessor, PLAN_REFERENCE)
      .list("frameworkReferences", ZonePlan::frameworkReferences, ImmutableZonePlan.Builder::addFrameworkReferences,
          LEGAL_REFERENCE)
      .list("annualOperatingPlans", ZonePlan::annualOperatingPlans,
          ImmutableZonePlan.Builder::addAnnualOperatingPlans, ANNUAL_OPERATING_PLAN)
      .list("organisations", ZonePlan::organisations, ImmutableZonePlan.Builder::addOrganisations, ORGANISATION)
      .defaulted("participation", ZonePlan::participation, ImmutableZonePlan.Builder::participation, PARTICIPATION)
      .defaulted("policyFramework", ZonePlan::policyFramework, ImmutableZonePlan.Builder::policyFramework,
          POLICY_FRAMEWORK)
      .list("declaredCounts", ZonePlan::declaredCounts, ImmutableZonePlan.Builder::addDeclaredCounts, DECLARED_COUNT)
      .list("objectives", ZonePlan::objectives, ImmutableZonePlan.Builder::addObjectives, OBJECTIVE)
      .defaulted("budget", ZonePlan::budget, ImmutableZonePlan.Builder::budget, BUDGET)
      .list("governanceBodies", ZonePlan::governanceBodies, ImmutableZonePlan.Builder::addGovernanceBodies,
          GOVERNANCE_BODY)
      .optional("agreement", ZonePlan::agreement, ImmutableZonePlan.Builder::agreement, PROGRAMME_AGREEMENT)
      .list("previousPlanOutcomes", ZonePlan::previousPlanOutcomes, ImmutableZonePlan.Builder::addPreviousPlanOutcomes,
          PREVIOUS_PLAN_OUTCOME)
      .optional("notes", ZonePlan::notes, ImmutableZonePlan.Builder::notes, STRING)
      .list("sources", ZonePlan::sources, ImmutableZonePlan.Builder::addSources, SOURCE_REF)
      .build();

  private static void checkSchemaVersion(String version, com.fasterxml.jackson.core.JsonParser p, ReadContext ctx) {
    if (!SCHEMA_VERSION.equals(version)) {
      throw ctx.error(p, ReadErrorKind.UNSUPPORTED_SCHEMA_VERSION,
          "versione del formato " + ReadContext.quote(version) + " non supportata: questa libreria legge la "
              + SCHEMA_VERSION,
          "schemaVersion " + ReadContext.quote(version) + " is not supported: this library reads " + SCHEMA_VERSION);
    }
  }

  /** Every object codec of the model, each once, leaves first. */
  public static final ImmutableList<ObjectCodec<?, ?>> ALL = ImmutableList.of(
      SOURCE_REF, LEGAL_REFERENCE, PLAN_PERIOD, DATE_WINDOW,
      SUB_DISTRICT, MUNICIPALITY, ORGANISATION, DISTRICT,
      ANNEX, PARTICIPATION_CALL, EXPRESSION_OF_INTEREST, PHASE, WORK_TABLE, MEETING, PARTICIPATION,
      MATRIX_AXIS_ITEM, MATRIX_CELL, TARGET_GROUP, POLICY_AREA, STRATEGIC_AREA, PRIORITY_MATRIX, POLICY_FRAMEWORK,
      ACTION, REFERENT, MILESTONE, TARGET_RANGE, BUDGET_FORMULA, MEASUREMENT, INDICATOR, OBJECTIVE,
      PREVIOUS_PLAN_OUTCOME,
      FUNDING_SOURCE, BUDGET_LINE, DECLARED_TOTAL, DISTRICT_SOCIAL_SPENDING, DECLARED_SHARE, ACTUALS_LINE, ACTUALS,
      BUDGET,
      SEAT_RULE, BODY_MEMBER, CADENCE, GOVERNANCE_BODY,
      SIGNATORY, ADHERENT, PROGRAMME_AGREEMENT,
      PLAN_REFERENCE, ANNUAL_OPERATING_PLAN, DECLARED_COUNT, ZONE_PLAN);
}
