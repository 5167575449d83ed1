package it.pianodizona.io.internal;

import static it.pianodizona.io.internal.CommonCodecs.SOURCE_REF;
import static it.pianodizona.io.internal.EnumCodecs.enumCodec;
import static it.pianodizona.io.internal.NumberCodecs.integer;
import static it.pianodizona.io.internal.TextCodecs.STRING;

import it.pianodizona.model.governance.Approval;
import it.pianodizona.model.governance.ApprovalActKind;
import it.pianodizona.model.governance.ApprovalOutcome;
import it.pianodizona.model.governance.BodyMember;
import it.pianodizona.model.governance.Cadence;
import it.pianodizona.model.governance.CadenceUnit;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.governance.GovernanceBodyKind;
import it.pianodizona.model.governance.ImmutableApproval;
import it.pianodizona.model.governance.ImmutableBodyMember;
import it.pianodizona.model.governance.ImmutableCadence;
import it.pianodizona.model.governance.ImmutableGovernanceBody;
import it.pianodizona.model.governance.ImmutableSeatRule;
import it.pianodizona.model.governance.Power;
import it.pianodizona.model.governance.SeatBasis;
import it.pianodizona.model.governance.SeatRule;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.model.territory.ThirdSectorKind;

/**
 * Codifiche della governance: bodies, seat rules, members and cadences (model package {@code governance}).
 *
 * <p>Part of the mapping indexed by {@link ModelCodecs}; types are listed leaves first, because
 * each codec refers to the codecs of its fields.
 */
public final class GovernanceCodecs {

  private GovernanceCodecs() {}

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
      .optional("ownerPartyId", GovernanceBody::ownerPartyId, ImmutableGovernanceBody.Builder::ownerPartyId, STRING)
      .list("seatRules", GovernanceBody::seatRules, ImmutableGovernanceBody.Builder::addSeatRules, SEAT_RULE)
      .list("members", GovernanceBody::members, ImmutableGovernanceBody.Builder::addMembers, BODY_MEMBER)
      .optional("cadence", GovernanceBody::cadence, ImmutableGovernanceBody.Builder::cadence, CADENCE)
      .set("powers", GovernanceBody::powers, ImmutableGovernanceBody.Builder::addPowers, enumCodec(Power.class))
      .optional("notes", GovernanceBody::notes, ImmutableGovernanceBody.Builder::notes, STRING)
      .list("sources", GovernanceBody::sources, ImmutableGovernanceBody.Builder::addSources, SOURCE_REF)
      .build();

  public static final ObjectCodec<Approval, ImmutableApproval.Builder> APPROVAL = ObjectCodec
      .of(Approval.class, "Atto di approvazione: one step of the plan's approval chain, in order (schema 1.1)",
          Approval::builder, ImmutableApproval.Builder::build)
      .optional("bodyId", Approval::bodyId, ImmutableApproval.Builder::bodyId, STRING)
      .optional("partyId", Approval::partyId, ImmutableApproval.Builder::partyId, STRING)
      .required("actKind", Approval::actKind, ImmutableApproval.Builder::actKind, enumCodec(ApprovalActKind.class))
      .optional("actNumber", Approval::actNumber, ImmutableApproval.Builder::actNumber, STRING)
      .optional("date", Approval::date, ImmutableApproval.Builder::date, DateCodecs.PARTIAL_DATE_CODEC)
      .optional("outcome", Approval::outcome, ImmutableApproval.Builder::outcome, enumCodec(ApprovalOutcome.class))
      .optional("statedAs", Approval::statedAs, ImmutableApproval.Builder::statedAs, STRING)
      .list("sources", Approval::sources, ImmutableApproval.Builder::addSources, SOURCE_REF)
      .build();
}
