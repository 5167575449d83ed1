package it.pianodizona.io.internal;

import static it.pianodizona.io.internal.CommonCodecs.LEGAL_REFERENCE;
import static it.pianodizona.io.internal.CommonCodecs.PLAN_PERIOD;
import static it.pianodizona.io.internal.CommonCodecs.SOURCE_REF;
import static it.pianodizona.io.internal.DateCodecs.DATE_CODEC;
import static it.pianodizona.io.internal.TextCodecs.STRING;

import it.pianodizona.model.agreement.Adherent;
import it.pianodizona.model.agreement.AgreementInstrument;
import it.pianodizona.model.agreement.ImmutableAdherent;
import it.pianodizona.model.agreement.ImmutableProgrammeAgreement;
import it.pianodizona.model.agreement.ImmutableSignatory;
import it.pianodizona.model.agreement.ProgrammeAgreement;
import it.pianodizona.model.agreement.Signatory;
import java.util.Optional;

/**
 * Codifiche dell'accordo di programma: the agreement, its signatories and adherents (model package
 * {@code agreement}).
 *
 * <p>Part of the mapping indexed by {@link ModelCodecs}; types are listed leaves first, because
 * each codec refers to the codecs of its fields.
 */
public final class AgreementCodecs {

  private AgreementCodecs() {}

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
          // written only when true, so that an agreement of a 1.0 document is written as it was
          .optional("signatoriesNotStated", a -> a.signatoriesNotStated() ? Optional.of(true) : Optional.empty(),
              ImmutableProgrammeAgreement.Builder::signatoriesNotStated, EnumCodecs.BOOLEAN)
          .optional("instrument", ProgrammeAgreement::instrument, ImmutableProgrammeAgreement.Builder::instrument,
              EnumCodecs.enumCodec(AgreementInstrument.class))
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
}
