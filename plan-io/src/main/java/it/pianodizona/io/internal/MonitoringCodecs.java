package it.pianodizona.io.internal;

import static it.pianodizona.io.internal.NumberCodecs.DECIMAL;
import static it.pianodizona.io.internal.NumberCodecs.MONEY;
import static it.pianodizona.io.internal.DateCodecs.PARTIAL_DATE_CODEC;
import static it.pianodizona.io.internal.TextCodecs.STRING;
import static it.pianodizona.io.internal.DateCodecs.YEAR;
import static it.pianodizona.io.internal.EnumCodecs.enumCodec;
import static it.pianodizona.io.internal.NumberCodecs.integer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import it.pianodizona.io.ReadErrorKind;
import it.pianodizona.model.monitoring.ActionProgress;
import it.pianodizona.model.monitoring.ActionStatus;
import it.pianodizona.model.monitoring.ActualSpending;
import it.pianodizona.model.monitoring.ImmutableActionStatus;
import it.pianodizona.model.monitoring.ImmutableActualSpending;
import it.pianodizona.model.monitoring.ImmutableIndicatorMeasurement;
import it.pianodizona.model.monitoring.ImmutableMonitoringDocument;
import it.pianodizona.model.monitoring.ImmutableMonitoringYear;
import it.pianodizona.model.monitoring.ImmutableStaffing;
import it.pianodizona.model.monitoring.IndicatorMeasurement;
import it.pianodizona.model.monitoring.MonitoringDocument;
import it.pianodizona.model.monitoring.MonitoringYear;
import it.pianodizona.model.monitoring.Staffing;

/**
 * La mappatura del monitoraggio: the JSON form of a monitoring document (docs/MONITORING-FORMAT.md),
 * field by field in the order the model declares its attributes, on the same machinery and
 * scalar forms as the plan: one table drives the reader, the writer and the JSON Schema.
 */
public final class MonitoringCodecs {

  /** The monitoring format version this library reads and writes. */
  public static final String SCHEMA_VERSION = "1.0";

  private MonitoringCodecs() {}

  public static final ObjectCodec<IndicatorMeasurement, ImmutableIndicatorMeasurement.Builder> INDICATOR_MEASUREMENT =
      ObjectCodec.of(IndicatorMeasurement.class,
              "Rilevazione dell'indicatore: the value an indicator of the plan took (1/0 for yes/no and documents)",
              IndicatorMeasurement::builder, ImmutableIndicatorMeasurement.Builder::build)
          .required("indicatorId", IndicatorMeasurement::indicatorId,
              ImmutableIndicatorMeasurement.Builder::indicatorId, STRING)
          .required("value", IndicatorMeasurement::value, ImmutableIndicatorMeasurement.Builder::value, DECIMAL)
          .optional("date", IndicatorMeasurement::date, ImmutableIndicatorMeasurement.Builder::date,
              PARTIAL_DATE_CODEC)
          .optional("source", IndicatorMeasurement::source, ImmutableIndicatorMeasurement.Builder::source, STRING)
          .optional("notes", IndicatorMeasurement::notes, ImmutableIndicatorMeasurement.Builder::notes, STRING)
          .build();

  public static final ObjectCodec<ActualSpending, ImmutableActualSpending.Builder> ACTUAL_SPENDING = ObjectCodec
      .of(ActualSpending.class, "Spesa effettiva: what was spent on one objective (absent amount: unknown)",
          ActualSpending::builder, ImmutableActualSpending.Builder::build)
      .required("objectiveId", ActualSpending::objectiveId, ImmutableActualSpending.Builder::objectiveId, STRING)
      .optional("fundingSource", ActualSpending::fundingSource, ImmutableActualSpending.Builder::fundingSource,
          BudgetCodecs.FUNDING_SOURCE)
      .optional("amount", ActualSpending::amount, ImmutableActualSpending.Builder::amount, MONEY)
      .optional("statedAs", ActualSpending::statedAs, ImmutableActualSpending.Builder::statedAs, STRING)
      .optional("notes", ActualSpending::notes, ImmutableActualSpending.Builder::notes, STRING)
      .build();

  public static final ObjectCodec<ActionStatus, ImmutableActionStatus.Builder> ACTION_STATUS = ObjectCodec
      .of(ActionStatus.class, "Stato dell'azione: the progress of one action of the plan",
          ActionStatus::builder, ImmutableActionStatus.Builder::build)
      .required("actionId", ActionStatus::actionId, ImmutableActionStatus.Builder::actionId, STRING)
      .required("progress", ActionStatus::progress, ImmutableActionStatus.Builder::progress,
          enumCodec(ActionProgress.class))
      .optional("notes", ActionStatus::notes, ImmutableActionStatus.Builder::notes, STRING)
      .build();

  public static final ObjectCodec<Staffing, ImmutableStaffing.Builder> STAFFING = ObjectCodec
      .of(Staffing.class, "Personale impiegato: staff of one role, as head count and/or full-time equivalents",
          Staffing::builder, ImmutableStaffing.Builder::build)
      .required("role", Staffing::role, ImmutableStaffing.Builder::role, STRING)
      .optional("objectiveId", Staffing::objectiveId, ImmutableStaffing.Builder::objectiveId, STRING)
      .optional("headcount", Staffing::headcount, ImmutableStaffing.Builder::headcount,
          integer(0, Integer.MAX_VALUE))
      .optional("fullTimeEquivalents", Staffing::fullTimeEquivalents,
          ImmutableStaffing.Builder::fullTimeEquivalents, DECIMAL)
      .optional("notes", Staffing::notes, ImmutableStaffing.Builder::notes, STRING)
      .build();

  public static final ObjectCodec<MonitoringYear, ImmutableMonitoringYear.Builder> MONITORING_YEAR = ObjectCodec
      .of(MonitoringYear.class, "Monitoraggio annuale: what was measured, spent and done in one year",
          MonitoringYear::builder, ImmutableMonitoringYear.Builder::build)
      .required("year", MonitoringYear::year, ImmutableMonitoringYear.Builder::year, YEAR)
      .list("measurements", MonitoringYear::measurements, ImmutableMonitoringYear.Builder::addMeasurements,
          INDICATOR_MEASUREMENT)
      .list("spending", MonitoringYear::spending, ImmutableMonitoringYear.Builder::addSpending, ACTUAL_SPENDING)
      .list("actions", MonitoringYear::actions, ImmutableMonitoringYear.Builder::addActions, ACTION_STATUS)
      .list("staffing", MonitoringYear::staffing, ImmutableMonitoringYear.Builder::addStaffing, STAFFING)
      .optional("notes", MonitoringYear::notes, ImmutableMonitoringYear.Builder::notes, STRING)
      .build();

  /** The root: a monitoring document, whose first field is the format's {@code schemaVersion}. */
  public static final ObjectCodec<MonitoringDocument, ImmutableMonitoringDocument.Builder> MONITORING_DOCUMENT =
      ObjectCodec.of(MonitoringDocument.class,
              "Monitoraggio del Piano di Zona: yearly monitoring data of one approved plan",
              MonitoringDocument::builder, ImmutableMonitoringDocument.Builder::build)
          .schemaReference()
          .constant("schemaVersion", SCHEMA_VERSION, MonitoringCodecs::checkSchemaVersion)
          .required("planId", MonitoringDocument::planId, ImmutableMonitoringDocument.Builder::planId, STRING)
          .optional("title", MonitoringDocument::title, ImmutableMonitoringDocument.Builder::title, STRING)
          .list("years", MonitoringDocument::years, ImmutableMonitoringDocument.Builder::addYears, MONITORING_YEAR)
          .optional("notes", MonitoringDocument::notes, ImmutableMonitoringDocument.Builder::notes, STRING)
          .list("sources", MonitoringDocument::sources, ImmutableMonitoringDocument.Builder::addSources,
              CommonCodecs.SOURCE_REF)
          .build();

  /** Every object codec of the monitoring format that is not also one of the plan's, leaves first. */
  public static final ImmutableList<ObjectCodec<?, ?>> ALL = ImmutableList.of(
      INDICATOR_MEASUREMENT, ACTUAL_SPENDING, ACTION_STATUS, STAFFING, MONITORING_YEAR, MONITORING_DOCUMENT);

  /** The JSON Schema (draft 2020-12) of a monitoring document, under the given {@code $id}. */
  public static ObjectNode schema(String id) {
    return SchemaGenerator.generate(MONITORING_DOCUMENT, id,
        "Monitoraggio del Piano di Zona (zone plan monitoring), schemaVersion " + SCHEMA_VERSION,
        "The yearly monitoring data of one approved zone plan: indicator measurements, actual spending per "
            + "objective and funding source, the progress of each action and the staff at work. The plan is "
            + "referred to by planId. Generated from the plan-io mapping; see docs/MONITORING-FORMAT.md.");
  }

  private static void checkSchemaVersion(String version, JsonParser p, ReadContext ctx) {
    if (!SCHEMA_VERSION.equals(version)) {
      throw ctx.error(p, ReadErrorKind.UNSUPPORTED_SCHEMA_VERSION, ReadMessages.of("UNSUPPORTED_SCHEMA_VERSION.monitoring",
          "version", ReadContext.quote(version), "supported", SCHEMA_VERSION));
    }
  }
}
