package it.pianodizona.monitor;

import it.pianodizona.model.common.Money;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Rapporto di monitoraggio in testo: the report as plain text for a terminal or an e-mail,
 * Italian by default. One section per year: the summary, each objective with its spending and
 * actions, and each indicator due or measured with the rule that judged it.
 */
public final class MonitoringText {

  private MonitoringText() {}

  /** The report in Italian. */
  public static String render(MonitoringReport report) {
    return render(report, Locale.ITALIAN);
  }

  public static String render(MonitoringReport report, Locale locale) {
    MonitoringMessages m = MonitoringMessages.of(locale);
    StringBuilder out = new StringBuilder();
    out.append(m.text("report.title")).append(": ").append(report.planTitle()).append('\n');
    line(out, m.text("report.district"), report.districtName());
    line(out, m.text("report.plan"), report.planId());
    line(out, m.text("report.asOf"), m.date(report.asOf()));
    report.population().ifPresent(p -> line(out, m.text("report.population"), m.number(java.math.BigDecimal.valueOf(p))));
    out.append(m.text(report.everythingDueMet() ? "report.outcome.met" : "report.outcome.short")).append('\n');

    if (!report.findings().isEmpty()) {
      out.append('\n').append(m.text("report.findings")).append('\n');
      for (MonitoringFinding finding : report.findings()) {
        out.append("  ").append(finding.pointer()).append(": ").append(m.describe(finding)).append('\n');
      }
    }

    for (YearSummary summary : report.summaries()) {
      Year year = summary.year();
      out.append("\n== ").append(year).append(" ==\n");
      out.append(m.text("report.indicators")).append(": ").append(m.render(m.text("report.counts"), Map.of(
          "met", Integer.toString(summary.met()), "partlyMet", Integer.toString(summary.partlyMet()),
          "notMet", Integer.toString(summary.notMet()), "noData", Integer.toString(summary.noData()),
          "notYetDue", Integer.toString(summary.notYetDue()), "noTarget", Integer.toString(summary.noTarget()))))
          .append('\n');
      out.append(m.text("report.spending")).append(": ").append(spending(m, summary.spending()));
      summary.actualPerInhabitant().ifPresent(v -> out.append("; ").append(m.text("report.actual")).append(' ')
          .append(m.text("report.perInhabitant")).append(' ').append(m.money(v)));
      out.append('\n');
      out.append(m.text("report.actions")).append(": ").append(actions(m, summary.actions())).append('\n');

      for (ObjectiveAssessment objective : report.objectives()) {
        if (!objective.year().equals(year)) {
          continue;
        }
        out.append('\n').append(objective.code()).append(". ").append(objective.title()).append(" — ")
            .append(m.label(objective.attainment())).append('\n');
        out.append("   ").append(m.text("report.spending")).append(": ").append(spending(m, objective.spending()))
            .append('\n');
        if (objective.actions().total() > 0) {
          out.append("   ").append(m.text("report.actions")).append(": ").append(actions(m, objective.actions()))
              .append('\n');
        }
        for (IndicatorAssessment row : report.indicators()) {
          if (row.year().equals(year) && row.objectiveId().equals(objective.objectiveId())) {
            out.append("   [").append(m.label(row.attainment())).append("] ").append(row.indicatorId()).append(' ')
                .append(row.description()).append('\n')
                .append("       ").append(m.explain(row)).append('\n');
          }
        }
      }
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append(label).append(": ").append(value).append('\n');
  }

  private static String spending(MonitoringMessages m, SpendingExecution spending) {
    StringBuilder s = new StringBuilder();
    s.append(m.text("report.planned")).append(' ').append(amount(m, spending.planned()))
        .append(", ").append(m.text("report.actual")).append(' ').append(amount(m, spending.actual()));
    spending.executionPercent().ifPresent(p -> s.append(", ").append(m.text("report.execution")).append(' ')
        .append(m.percent(p)));
    return s.toString();
  }

  private static String amount(MonitoringMessages m, Optional<Money> amount) {
    return amount.map(m::money).orElse(m.text("report.unknown"));
  }

  private static String actions(MonitoringMessages m, ActionCompletion c) {
    String counts = m.render(m.text("report.actionCounts"), Map.of(
        "done", Integer.toString(c.done()), "underWay", Integer.toString(c.underWay()),
        "notStarted", Integer.toString(c.notStarted()), "dropped", Integer.toString(c.dropped()),
        "notReported", Integer.toString(c.notReported()), "total", Integer.toString(c.total())));
    return c.completionPercent().map(p -> counts + " (" + m.percent(p) + " " + m.text("report.completion") + ")")
        .orElse(counts);
  }
}
