package it.pianodizona.io.internal;

import static it.pianodizona.io.internal.CommonCodecs.SOURCE_REF;
import static it.pianodizona.io.internal.DateCodecs.DATE_CODEC;
import static it.pianodizona.io.internal.EnumCodecs.enumCodec;
import static it.pianodizona.io.internal.NumberCodecs.integer;
import static it.pianodizona.io.internal.TextCodecs.STRING;
import static it.pianodizona.io.internal.TextCodecs.digitString;

import it.pianodizona.model.territory.District;
import it.pianodizona.model.territory.ImmutableStatedPopulation;
import it.pianodizona.model.territory.StatedPopulation;
import it.pianodizona.model.territory.ImmutableDistrict;
import it.pianodizona.model.territory.ImmutableMunicipality;
import it.pianodizona.model.territory.ImmutableOfficial;
import it.pianodizona.model.territory.ImmutableOrganisation;
import it.pianodizona.model.territory.ImmutableSubDistrict;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.model.territory.LegalForm;
import it.pianodizona.model.territory.Official;
import it.pianodizona.model.territory.OfficialRole;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.model.territory.Region;
import it.pianodizona.model.territory.RuntsSection;
import it.pianodizona.model.territory.SubDistrict;
import it.pianodizona.model.territory.ThirdSectorKind;

/**
 * Codifiche del territorio: the district, its sub-districts, municipalities and organisations
 * (model package {@code territory}).
 *
 * <p>Part of the mapping indexed by {@link ModelCodecs}; types are listed leaves first, because
 * each codec refers to the codecs of its fields.
 */
public final class TerritoryCodecs {

  private TerritoryCodecs() {}

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
          digitString(6, "value.istatCode"))
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
      .optional("legalForm", Organisation::legalForm, ImmutableOrganisation.Builder::legalForm,
          enumCodec(LegalForm.class))
      .optional("legalFormStatedAs", Organisation::legalFormStatedAs, ImmutableOrganisation.Builder::legalFormStatedAs,
          STRING)
      .optional("notes", Organisation::notes, ImmutableOrganisation.Builder::notes, STRING)
      .list("sources", Organisation::sources, ImmutableOrganisation.Builder::addSources, SOURCE_REF)
      .build();

  public static final ObjectCodec<StatedPopulation, ImmutableStatedPopulation.Builder> STATED_POPULATION = ObjectCodec
      .of(StatedPopulation.class,
          "Popolazione dichiarata: the district's resident population as the plan states it, with date and source",
          StatedPopulation::builder, ImmutableStatedPopulation.Builder::build)
      .required("inhabitants", StatedPopulation::inhabitants, ImmutableStatedPopulation.Builder::inhabitants,
          integer(1, Integer.MAX_VALUE))
      .required("referenceDate", StatedPopulation::referenceDate, ImmutableStatedPopulation.Builder::referenceDate,
          DATE_CODEC)
      .required("source", StatedPopulation::source, ImmutableStatedPopulation.Builder::source, STRING)
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
      .optional("officialCode", District::officialCode, ImmutableDistrict.Builder::officialCode, STRING)
      .list("subDistricts", District::subDistricts, ImmutableDistrict.Builder::addSubDistricts, SUB_DISTRICT)
      .list("municipalities", District::municipalities, ImmutableDistrict.Builder::addMunicipalities, MUNICIPALITY)
      .optional("population", District::population, ImmutableDistrict.Builder::population,
          STATED_POPULATION)
      .optional("notes", District::notes, ImmutableDistrict.Builder::notes, STRING)
      .list("sources", District::sources, ImmutableDistrict.Builder::addSources, SOURCE_REF)
      .build();

  public static final ObjectCodec<Official, ImmutableOfficial.Builder> OFFICIAL = ObjectCodec
      .of(Official.class, "Referente istituzionale / contatto: a mayor, councillor, head of office or contact, "
          + "as a role of a party (schema 1.1)", Official::builder, ImmutableOfficial.Builder::build)
      .optional("name", Official::name, ImmutableOfficial.Builder::name, STRING)
      .required("role", Official::role, ImmutableOfficial.Builder::role, enumCodec(OfficialRole.class))
      .optional("roleStatedAs", Official::roleStatedAs, ImmutableOfficial.Builder::roleStatedAs, STRING)
      .optional("partyId", Official::partyId, ImmutableOfficial.Builder::partyId, STRING)
      .optional("governanceBodyId", Official::governanceBodyId, ImmutableOfficial.Builder::governanceBodyId, STRING)
      .optional("callId", Official::callId, ImmutableOfficial.Builder::callId, STRING)
      .optional("contact", Official::contact, ImmutableOfficial.Builder::contact, STRING)
      .optional("notes", Official::notes, ImmutableOfficial.Builder::notes, STRING)
      .list("sources", Official::sources, ImmutableOfficial.Builder::addSources, SOURCE_REF)
      .build();
}
