package it.pianodizona.io.internal;

import static it.pianodizona.io.internal.AgreementCodecs.PROGRAMME_AGREEMENT;
import static it.pianodizona.io.internal.BudgetCodecs.BUDGET;
import static it.pianodizona.io.internal.CommonCodecs.LEGAL_REFERENCE;
import static it.pianodizona.io.internal.CommonCodecs.PLAN_PERIOD;
import static it.pianodizona.io.internal.CommonCodecs.SOURCE_REF;
import static it.pianodizona.io.internal.DateCodecs.DATE_CODEC;
import static it.pianodizona.io.internal.DateCodecs.YEAR;
import static it.pianodizona.io.internal.EnumCodecs.enumCodec;
import static it.pianodizona.io.internal.GovernanceCodecs.GOVERNANCE_BODY;
import static it.pianodizona.io.internal.NumberCodecs.integer;
import static it.pianodizona.io.internal.ObjectiveCodecs.OBJECTIVE;
import static it.pianodizona.io.internal.ObjectiveCodecs.PREVIOUS_PLAN_OUTCOME;
import static it.pianodizona.io.internal.ParticipationCodecs.PARTICIPATION;
import static it.pianodizona.io.internal.PolicyCodecs.POLICY_FRAMEWORK;
import static it.pianodizona.io.internal.TerritoryCodecs.DISTRICT;
import static it.pianodizona.io.internal.TerritoryCodecs.ORGANISATION;
import static it.pianodizona.io.internal.TextCodecs.STRING;

import com.fasterxml.jackson.core.JsonParser;
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
import it.pianodizona.model.SourceKind;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.participation.WorkTableKind;
import it.pianodizona.model.territory.OrganisationKind;
import java.util.List;

/**
 * Codifiche del piano: the root document and the types of the model's root package (plan
 * references, annual operating plans, declared counts).
 *
 * <p>Part of the mapping indexed by {@link ModelCodecs}; types are listed leaves first, because
 * each codec refers to the codecs of its fields.
 */
public final class PlanCodecs {

  /** The format version this library writes. */
  public static final String SCHEMA_VERSION = "1.1";

  /**
   * The versions it reads: 1.1 only adds optional fields to 1.0, so a 1.0 document reads
   * unchanged (and is written back as 1.1).
   */
  public static final ImmutableList<String> READ_VERSIONS = ImmutableList.of("1.0", SCHEMA_VERSION);

  private PlanCodecs() {}

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
      .optional("workTableKind", DeclaredCount::workTableKind, ImmutableDeclaredCount.Builder::workTableKind,
          enumCodec(WorkTableKind.class))
      .optional("participantKind", DeclaredCount::participantKind, ImmutableDeclaredCount.Builder::participantKind,
          enumCodec(OrganisationKind.class))
      .list("sources", DeclaredCount::sources, ImmutableDeclaredCount.Builder::addSources, SOURCE_REF)
      .build();

  /** The root: a plan document, whose first field is the format's {@code schemaVersion}. */
  public static final ObjectCodec<ZonePlan, ImmutableZonePlan.Builder> ZONE_PLAN = ObjectCodec
      .of(ZonePlan.class, "Piano di Zona: the triennial plan of a territorial district (L. 328/2000 art. 19)",
          ZonePlan::builder, ImmutableZonePlan.Builder::build)
      .schemaReference()
      .constant("schemaVersion", SCHEMA_VERSION, PlanCodecs::checkSchemaVersion, READ_VERSIONS)
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
      .list("socialServiceStaff", ZonePlan::socialServiceStaff, ImmutableZonePlan.Builder::addSocialServiceStaff,
          LepsCodecs.STAFF_POSITION)
      .list("previousPlanOutcomes", ZonePlan::previousPlanOutcomes, ImmutableZonePlan.Builder::addPreviousPlanOutcomes,
          PREVIOUS_PLAN_OUTCOME)
      .list("approvals", ZonePlan::approvals, ImmutableZonePlan.Builder::addApprovals, GovernanceCodecs.APPROVAL)
      .optional("sourceKind", ZonePlan::sourceKind, ImmutableZonePlan.Builder::sourceKind,
          enumCodec(SourceKind.class))
      .list("officials", ZonePlan::officials, ImmutableZonePlan.Builder::addOfficials, TerritoryCodecs.OFFICIAL)
      .optional("notes", ZonePlan::notes, ImmutableZonePlan.Builder::notes, STRING)
      .list("sources", ZonePlan::sources, ImmutableZonePlan.Builder::addSources, SOURCE_REF)
      .build();

  private static void checkSchemaVersion(String version, JsonParser p, ReadContext ctx) {
    if (!READ_VERSIONS.contains(version)) {
      throw ctx.error(p, ReadErrorKind.UNSUPPORTED_SCHEMA_VERSION, ReadMessages.of("UNSUPPORTED_SCHEMA_VERSION",
          "version", ReadContext.quote(version), "supported", String.join(", ", READ_VERSIONS)));
    }
  }
}
