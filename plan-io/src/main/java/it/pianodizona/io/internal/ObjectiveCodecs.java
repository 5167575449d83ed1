package it.pianodizona.io.internal;

import static it.pianodizona.io.internal.CommonCodecs.SOURCE_REF;
import static it.pianodizona.io.internal.DateCodecs.PARTIAL_DATE_CODEC;
import static it.pianodizona.io.internal.DateCodecs.YEAR;
import static it.pianodizona.io.internal.EnumCodecs.enumCodec;
import static it.pianodizona.io.internal.NumberCodecs.DECIMAL;
import static it.pianodizona.io.internal.PolicyCodecs.MATRIX_CELL;
import static it.pianodizona.io.internal.TextCodecs.STRING;

import it.pianodizona.model.leps.Leps;
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

/**
 * Codifiche degli obiettivi: objectives, actions, indicators, milestones and previous-plan outcomes
 * (model package {@code objective}).
 *
 * <p>Part of the mapping indexed by {@link ModelCodecs}; types are listed leaves first, because
 * each codec refers to the codecs of its fields.
 */
public final class ObjectiveCodecs {

  private ObjectiveCodecs() {}

  public static final ObjectCodec<Action, ImmutableAction.Builder> ACTION = ObjectCodec
      .of(Action.class, "Azione / intervento: one thing the plan will do to reach an objective", Action::builder,
          ImmutableAction.Builder::build)
      .required("id", Action::id, ImmutableAction.Builder::id, STRING)
      .required("description", Action::description, ImmutableAction.Builder::description, STRING)
      .optional("scheduledFor", Action::scheduledFor, ImmutableAction.Builder::scheduledFor, PARTIAL_DATE_CODEC)
      .list("leps", Action::leps, ImmutableAction.Builder::addLeps, enumCodec(Leps.class))
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
}
