package it.pianodizona.io.internal;

import static it.pianodizona.io.internal.CommonCodecs.DATE_WINDOW;
import static it.pianodizona.io.internal.CommonCodecs.LEGAL_REFERENCE;
import static it.pianodizona.io.internal.CommonCodecs.SOURCE_REF;
import static it.pianodizona.io.internal.DateCodecs.DATE_CODEC;
import static it.pianodizona.io.internal.DateCodecs.PARTIAL_DATE_CODEC;
import static it.pianodizona.io.internal.DateCodecs.TIME_CODEC;
import static it.pianodizona.io.internal.EnumCodecs.BOOLEAN;
import static it.pianodizona.io.internal.EnumCodecs.enumCodec;
import static it.pianodizona.io.internal.TextCodecs.STRING;

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
import it.pianodizona.model.territory.OrganisationKind;

/**
 * Codifiche della partecipazione: calls, expressions of interest, phases, work tables and meetings
 * (model package {@code participation}).
 *
 * <p>Part of the mapping indexed by {@link ModelCodecs}; types are listed leaves first, because
 * each codec refers to the codecs of its fields.
 */
public final class ParticipationCodecs {

  private ParticipationCodecs() {}

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
      .optional("ownerPartyId", WorkTable::ownerPartyId, ImmutableWorkTable.Builder::ownerPartyId, STRING)
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
      .optional("endTime", Meeting::endTime, ImmutableMeeting.Builder::endTime, TIME_CODEC)
      .list("participantIds", Meeting::participantIds, ImmutableMeeting.Builder::addParticipantIds, STRING)
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
}
