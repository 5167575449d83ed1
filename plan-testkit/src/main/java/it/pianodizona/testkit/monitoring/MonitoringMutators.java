package it.pianodizona.testkit.monitoring;

import com.google.common.collect.ImmutableMap;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.monitoring.ActionProgress;
import it.pianodizona.model.monitoring.ActionStatus;
import it.pianodizona.model.monitoring.ActualSpending;
import it.pianodizona.model.monitoring.IndicatorMeasurement;
import it.pianodizona.model.monitoring.MonitoringDocument;
import it.pianodizona.model.monitoring.MonitoringYear;
import it.pianodizona.model.monitoring.Staffing;
import it.pianodizona.model.objective.Indicator;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Mutatori del monitoraggio: one per kind of monitoring finding; each puts exactly that defect
 * into a monitoring document consistent with its plan, and says where the finding must point.
 * {@code pick} chooses among the places the defect can go; a mutator that has no place for it
 * (a document without years, a plan without indicators) gives nothing.
 *
 * <pre>{@code
 * Optional<MonitoringMutation> broken = MonitoringMutators.forKind("UNKNOWN_ACTION").apply(plan, doc, pick);
 * }</pre>
 */
public final class MonitoringMutators {

  /** A way to break a monitoring document. */
  @FunctionalInterface
  public interface MonitoringMutator {
    Optional<MonitoringMutation> apply(ZonePlan plan, MonitoringDocument valid, int pick);
  }

  private static final String UNKNOWN = "zz-not-in-the-plan";

  private static final ImmutableMap<String, MonitoringMutator> MUTATORS = ImmutableMap.<String, MonitoringMutator>builder()
      .put("PLAN_ID_MISMATCH", (plan, doc, pick) -> Optional.of(new MonitoringMutation(
          MonitoringDocument.builder().from(doc).planId(doc.planId() + "-altro").build(), "PLAN_ID_MISMATCH", "/planId")))
      .put("YEAR_OUTSIDE_PLAN_PERIOD", (plan, doc, pick) -> {
        Year outside = pick % 2 == 0 ? Year.from(plan.period().end()).plusYears(1)
            : Year.from(plan.period().start()).minusYears(1);
        return appended(doc, MonitoringYear.builder().year(outside).build(), "YEAR_OUTSIDE_PLAN_PERIOD");
      })
      .put("DUPLICATE_YEAR", (plan, doc, pick) -> doc.years().isEmpty() ? Optional.empty()
          : appended(doc, MonitoringYear.builder().year(doc.years().get(index(pick, doc.years().size())).year()).build(),
              "DUPLICATE_YEAR"))
      .put("UNKNOWN_INDICATOR", (plan, doc, pick) -> inYear(doc, pick, (year, i) -> {
        MonitoringYear changed = MonitoringYear.builder().from(year).addMeasurements(IndicatorMeasurement.builder()
            .indicatorId(UNKNOWN).value(BigDecimal.ONE).build()).build();
        return new MonitoringMutation(replaced(doc, i, changed), "UNKNOWN_INDICATOR",
            "/years/" + i + "/measurements/" + year.measurements().size() + "/indicatorId");
      }))
      .put("MEASUREMENT_OUTSIDE_YEAR", (plan, doc, pick) -> {
        List<Indicator> indicators = plan.objectives().stream().flatMap(o -> o.indicators().stream()).toList();
        if (indicators.isEmpty()) {
          return Optional.empty();
        }
        Indicator indicator = indicators.get(index(pick, indicators.size()));
        return inYear(doc, pick, (year, i) -> {
          MonitoringYear changed = MonitoringYear.builder().from(year).addMeasurements(IndicatorMeasurement.builder()
              .indicatorId(indicator.id()).value(BigDecimal.ONE)
              .date(PartialDate.of(year.year().plusYears(1))).build()).build();
          return new MonitoringMutation(replaced(doc, i, changed), "MEASUREMENT_OUTSIDE_YEAR",
              "/years/" + i + "/measurements/" + year.measurements().size() + "/date");
        });
      })
      .put("UNKNOWN_OBJECTIVE", (plan, doc, pick) -> inYear(doc, pick, (year, i) -> {
        if (pick % 2 == 0) {
          MonitoringYear changed = MonitoringYear.builder().from(year)
              .addSpending(ActualSpending.builder().objectiveId(UNKNOWN).build()).build();
          return new MonitoringMutation(replaced(doc, i, changed), "UNKNOWN_OBJECTIVE",
              "/years/" + i + "/spending/" + year.spending().size() + "/objectiveId");
        }
        MonitoringYear changed = MonitoringYear.builder().from(year)
            .addStaffing(Staffing.builder().role("Educatore").objectiveId(UNKNOWN).build()).build();
        return new MonitoringMutation(replaced(doc, i, changed), "UNKNOWN_OBJECTIVE",
            "/years/" + i + "/staffing/" + year.staffing().size() + "/objectiveId");
      }))
      .put("UNKNOWN_ACTION", (plan, doc, pick) -> inYear(doc, pick, (year, i) -> {
        MonitoringYear changed = MonitoringYear.builder().from(year)
            .addActions(ActionStatus.of(UNKNOWN, ActionProgress.DONE)).build();
        return new MonitoringMutation(replaced(doc, i, changed), "UNKNOWN_ACTION",
            "/years/" + i + "/actions/" + year.actions().size() + "/actionId");
      }))
      .put("DUPLICATE_ACTION_STATUS", (plan, doc, pick) -> {
        List<Integer> withActions = new ArrayList<>();
        for (int i = 0; i < doc.years().size(); i++) {
          if (!doc.years().get(i).actions().isEmpty()) {
            withActions.add(i);
          }
        }
        if (withActions.isEmpty()) {
          return Optional.empty();
        }
        int i = withActions.get(index(pick, withActions.size()));
        MonitoringYear year = doc.years().get(i);
        ActionStatus again = year.actions().get(index(pick, year.actions().size()));
        MonitoringYear changed = MonitoringYear.builder().from(year).addActions(again).build();
        return Optional.of(new MonitoringMutation(replaced(doc, i, changed), "DUPLICATE_ACTION_STATUS",
            "/years/" + i + "/actions/" + year.actions().size() + "/actionId"));
      })
      .build();

  private MonitoringMutators() {}

  /** The kinds of monitoring finding there is a mutator for: all of them. */
  public static Set<String> kinds() {
    return MUTATORS.keySet();
  }

  /** The mutator whose defect causes the finding of this kind. */
  public static MonitoringMutator forKind(String kind) {
    MonitoringMutator mutator = MUTATORS.get(kind);
    if (mutator == null) {
      throw new IllegalArgumentException("no monitoring mutator for " + kind + "; known: " + MUTATORS.keySet());
    }
    return mutator;
  }

  private static int index(int pick, int size) {
    return Math.floorMod(pick, size);
  }

  /** Changes one year of the document, chosen by pick. */
  @FunctionalInterface
  private interface YearEdit {
    MonitoringMutation edit(MonitoringYear year, int index);
  }

  private static Optional<MonitoringMutation> inYear(MonitoringDocument doc, int pick, YearEdit edit) {
    if (doc.years().isEmpty()) {
      return Optional.empty();
    }
    int i = index(pick, doc.years().size());
    return Optional.of(edit.edit(doc.years().get(i), i));
  }

  private static Optional<MonitoringMutation> appended(MonitoringDocument doc, MonitoringYear year, String kind) {
    return Optional.of(new MonitoringMutation(MonitoringDocument.builder().from(doc).addYears(year).build(), kind,
        "/years/" + doc.years().size() + "/year"));
  }

  private static MonitoringDocument replaced(MonitoringDocument doc, int index, MonitoringYear year) {
    List<MonitoringYear> years = new ArrayList<>(doc.years());
    years.set(index, year);
    return MonitoringDocument.builder().from(doc).years(years).build();
  }
}
