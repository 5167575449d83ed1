package it.pianodizona.io.internal;

import static it.pianodizona.io.internal.AgreementCodecs.ADHERENT;
import static it.pianodizona.io.internal.AgreementCodecs.PROGRAMME_AGREEMENT;
import static it.pianodizona.io.internal.AgreementCodecs.SIGNATORY;
import static it.pianodizona.io.internal.BudgetCodecs.ACTUALS;
import static it.pianodizona.io.internal.BudgetCodecs.ACTUALS_LINE;
import static it.pianodizona.io.internal.BudgetCodecs.BUDGET;
import static it.pianodizona.io.internal.BudgetCodecs.BUDGET_LINE;
import static it.pianodizona.io.internal.BudgetCodecs.DECLARED_SHARE;
import static it.pianodizona.io.internal.BudgetCodecs.DECLARED_TOTAL;
import static it.pianodizona.io.internal.BudgetCodecs.DISTRICT_SOCIAL_SPENDING;
import static it.pianodizona.io.internal.BudgetCodecs.FUNDING_SOURCE;
import static it.pianodizona.io.internal.CommonCodecs.DATE_WINDOW;
import static it.pianodizona.io.internal.CommonCodecs.LEGAL_REFERENCE;
import static it.pianodizona.io.internal.CommonCodecs.PLAN_PERIOD;
import static it.pianodizona.io.internal.CommonCodecs.SOURCE_REF;
import static it.pianodizona.io.internal.GovernanceCodecs.BODY_MEMBER;
import static it.pianodizona.io.internal.GovernanceCodecs.CADENCE;
import static it.pianodizona.io.internal.GovernanceCodecs.GOVERNANCE_BODY;
import static it.pianodizona.io.internal.GovernanceCodecs.SEAT_RULE;
import static it.pianodizona.io.internal.ObjectiveCodecs.ACTION;
import static it.pianodizona.io.internal.ObjectiveCodecs.BUDGET_FORMULA;
import static it.pianodizona.io.internal.ObjectiveCodecs.INDICATOR;
import static it.pianodizona.io.internal.ObjectiveCodecs.MEASUREMENT;
import static it.pianodizona.io.internal.ObjectiveCodecs.MILESTONE;
import static it.pianodizona.io.internal.ObjectiveCodecs.OBJECTIVE;
import static it.pianodizona.io.internal.ObjectiveCodecs.PREVIOUS_PLAN_OUTCOME;
import static it.pianodizona.io.internal.ObjectiveCodecs.REFERENT;
import static it.pianodizona.io.internal.ObjectiveCodecs.TARGET_RANGE;
import static it.pianodizona.io.internal.ParticipationCodecs.ANNEX;
import static it.pianodizona.io.internal.ParticipationCodecs.EXPRESSION_OF_INTEREST;
import static it.pianodizona.io.internal.ParticipationCodecs.MEETING;
import static it.pianodizona.io.internal.ParticipationCodecs.PARTICIPATION;
import static it.pianodizona.io.internal.ParticipationCodecs.PARTICIPATION_CALL;
import static it.pianodizona.io.internal.ParticipationCodecs.PHASE;
import static it.pianodizona.io.internal.ParticipationCodecs.WORK_TABLE;
import static it.pianodizona.io.internal.PlanCodecs.ANNUAL_OPERATING_PLAN;
import static it.pianodizona.io.internal.PlanCodecs.DECLARED_COUNT;
import static it.pianodizona.io.internal.PlanCodecs.PLAN_REFERENCE;
import static it.pianodizona.io.internal.PlanCodecs.ZONE_PLAN;
import static it.pianodizona.io.internal.PolicyCodecs.MATRIX_AXIS_ITEM;
import static it.pianodizona.io.internal.PolicyCodecs.MATRIX_CELL;
import static it.pianodizona.io.internal.PolicyCodecs.POLICY_AREA;
import static it.pianodizona.io.internal.PolicyCodecs.POLICY_FRAMEWORK;
import static it.pianodizona.io.internal.PolicyCodecs.PRIORITY_MATRIX;
import static it.pianodizona.io.internal.PolicyCodecs.STRATEGIC_AREA;
import static it.pianodizona.io.internal.PolicyCodecs.TARGET_GROUP;
import static it.pianodizona.io.internal.TerritoryCodecs.DISTRICT;
import static it.pianodizona.io.internal.TerritoryCodecs.MUNICIPALITY;
import static it.pianodizona.io.internal.TerritoryCodecs.ORGANISATION;
import static it.pianodizona.io.internal.TerritoryCodecs.SUB_DISTRICT;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.ZonePlan;

/**
 * La mappatura del modello: every model type, field by field, in the order its attributes are
 * declared (docs/JSON-FORMAT.md). The codecs live in one class per model package
 * ({@link CommonCodecs}, {@link TerritoryCodecs}, {@link ParticipationCodecs}, {@link PolicyCodecs},
 * {@link ObjectiveCodecs}, {@link BudgetCodecs}, {@link GovernanceCodecs}, {@link AgreementCodecs}
 * and {@link PlanCodecs} for the root); this class is their index. The mapping is the one place the
 * JSON form is defined: the reader, the writer, the Jackson module and the JSON Schema are all
 * driven by it, and a test checks it against the model's attributes so that a new attribute
 * cannot be forgotten.
 */
public final class ModelCodecs {

  /** The format version this library writes (it reads {@link PlanCodecs#READ_VERSIONS}). */
  public static final String SCHEMA_VERSION = PlanCodecs.SCHEMA_VERSION;

  /** The root: a plan document, whose first field is the format's {@code schemaVersion}. */
  public static final ObjectCodec<ZonePlan, ImmutableZonePlan.Builder> ZONE_PLAN = PlanCodecs.ZONE_PLAN;

  private ModelCodecs() {}

  /** Every object codec of the model, each once, leaves first. */
  public static final ImmutableList<ObjectCodec<?, ?>> ALL = ImmutableList.of(
      SOURCE_REF, LEGAL_REFERENCE, PLAN_PERIOD, DATE_WINDOW,
      LepsCodecs.STAFF_POSITION,
      SUB_DISTRICT, MUNICIPALITY, ORGANISATION, TerritoryCodecs.STATED_POPULATION, DISTRICT,
      ANNEX, PARTICIPATION_CALL, EXPRESSION_OF_INTEREST, PHASE, WORK_TABLE, MEETING, PARTICIPATION,
      MATRIX_AXIS_ITEM, MATRIX_CELL, TARGET_GROUP, POLICY_AREA, STRATEGIC_AREA, PRIORITY_MATRIX, POLICY_FRAMEWORK,
      ACTION, REFERENT, MILESTONE, TARGET_RANGE, BUDGET_FORMULA, MEASUREMENT, INDICATOR, OBJECTIVE,
      PREVIOUS_PLAN_OUTCOME,
      FUNDING_SOURCE, BUDGET_LINE, DECLARED_TOTAL, DISTRICT_SOCIAL_SPENDING, DECLARED_SHARE, ACTUALS_LINE, ACTUALS,
      BudgetCodecs.PERIOD_AMOUNT, BUDGET,
      SEAT_RULE, BODY_MEMBER, CADENCE, GOVERNANCE_BODY, GovernanceCodecs.APPROVAL,
      SIGNATORY, ADHERENT, PROGRAMME_AGREEMENT,
      PLAN_REFERENCE, ANNUAL_OPERATING_PLAN, DECLARED_COUNT, TerritoryCodecs.OFFICIAL, ZONE_PLAN);
}

