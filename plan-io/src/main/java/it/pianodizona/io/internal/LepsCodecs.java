package it.pianodizona.io.internal;

import static it.pianodizona.io.internal.DateCodecs.DATE_CODEC;
import static it.pianodizona.io.internal.EnumCodecs.enumCodec;
import static it.pianodizona.io.internal.NumberCodecs.DECIMAL;
import static it.pianodizona.io.internal.TextCodecs.STRING;

import it.pianodizona.model.leps.ContractKind;
import it.pianodizona.model.leps.ImmutableStaffPosition;
import it.pianodizona.model.leps.Profession;
import it.pianodizona.model.leps.StaffPosition;

/**
 * Codifiche dei LEPS (schema 1.1): the staffing of the district's social service; the LEPS tags
 * of actions are in {@link ObjectiveCodecs}, the stated population in {@link TerritoryCodecs}.
 * Every field they add is optional, so that a 1.0 document reads unchanged.
 */
public final class LepsCodecs {

  private LepsCodecs() {}

  public static final ObjectCodec<StaffPosition, ImmutableStaffPosition.Builder> STAFF_POSITION = ObjectCodec
      .of(StaffPosition.class,
          "Dotazione del servizio sociale: staff of one profession and contract kind, in full-time equivalents, on a day",
          StaffPosition::builder, ImmutableStaffPosition.Builder::build)
      .required("profession", StaffPosition::profession, ImmutableStaffPosition.Builder::profession,
          enumCodec(Profession.class))
      .required("fullTimeEquivalents", StaffPosition::fullTimeEquivalents,
          ImmutableStaffPosition.Builder::fullTimeEquivalents, DECIMAL)
      .required("contractKind", StaffPosition::contractKind, ImmutableStaffPosition.Builder::contractKind,
          enumCodec(ContractKind.class))
      .required("asOf", StaffPosition::asOf, ImmutableStaffPosition.Builder::asOf, DATE_CODEC)
      .optional("notes", StaffPosition::notes, ImmutableStaffPosition.Builder::notes, STRING)
      .build();
}
