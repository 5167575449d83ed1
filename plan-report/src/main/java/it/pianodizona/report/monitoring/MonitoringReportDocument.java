package it.pianodizona.report.monitoring;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.monitoring.ActionProgress;
import it.pianodizona.model.monitoring.MonitoringDocument;
import it.pianodizona.monitor.ActionAssessment;
import it.pianodizona.monitor.ActionCompletion;
import it.pianodizona.monitor.Attainment;
import it.pianodizona.monitor.IndicatorAssessment;
import it.pianodizona.monitor.MonitoringFinding;
import it.pianodizona.monitor.MonitoringMessages;
import it.pianodizona.monitor.MonitoringReport;
import it.pianodizona.monitor.ObjectiveAssessment;
import it.pianodizona.monitor.YearSummary;
import it.pianodizona.report.BarChart;
import it.pianodizona.report.Block;
import it.pianodizona.report.Cell;
import it.pianodizona.report.Column;
import it.pianodizona.report.KeyFigure;
import it.pianodizona.report.Note;
import it.pianodizona.report.NoteKind;
import it.pianodizona.report.Orientation;
import it.pianodizona.report.Paragraph;
import it.pianodizona.report.ReportDocument;
import it.pianodizona.report.Row;
import it.pianodizona.report.Section;
import it.pianodizona.report.Series;
import it.pianodizona.report.Status;
import it.pianodizona.report.ImmutableSection;
import it.pianodizona.report.ImmutableTable;
import it.pianodizona.report.Table;
import it.pianodizona.report.ValueFormat;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Rapporto di monitoraggio come documento: maps a {@link MonitoringReport} onto a
 * {@link ReportDocument}: key figures; a summary per year (indicators by outcome, planned against
 * actual spending, spending per inhabitant where the population is known); per year the
 * attainment of each objective (chart and table) and of each indicator with the rule that
 * decided it; the completion of the actions; the findings on the monitoring document; the
 * document's own notes. Statuses are icon and word; unknown figures are "n.d.", never zero.
 *
 * <p>Words come from {@link MonitoringMessages} (attainments, explanations, targets, findings) and
 * from this package's bundle (headings, captions, column headers). Stateless and thread-safe.
 */
public final class MonitoringReportDocument {

  private static final String BUNDLE = "it.pianodizona.report.monitoring.labels";
  /** How a monitoring document says its values are illustrative: in its title or its notes. */
  private static final Pattern ILLUSTRATIVE = Pattern.compile("(?iu)\\billustrativ[oaei]");

  private final MonitoringReport report;
  private final MonitoringReportOptions options;
  private final MonitoringMessages m;
  private final ResourceBundle bundle;
  private final Locale locale;

  private MonitoringReportDocument(MonitoringReport report, MonitoringReportOptions options) {
    this.report = report;
    this.options = options;
    this.locale = options.language().locale();
    this.m = MonitoringMessages.of(locale);
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
  }

  /** The report as a document in the options' language. */
  public static ReportDocument of(MonitoringReport report, MonitoringReportOptions options) {
    return new MonitoringReportDocument(report, options).build();
  }

  /**
   * Whether a monitoring document says its values are illustrative: its title or its notes use
   * the word (illustrativo, illustrativi, illustrative), as the bundled Crema example does.
   */
  public static boolean isIllustrative(MonitoringDocument document) {
    return document.title().map(t -> ILLUSTRATIVE.matcher(t).find()).orElse(false)
        || document.notes().map(n -> ILLUSTRATIVE.matcher(n).find()).orElse(false);
  }

  private ReportDocument build() {
    String years = yearsText();
    return ReportDocument.builder()
        .title(format("title", report.planTitle()))
        .subtitle(format("subtitle", report.districtName(), longDate(report.asOf())))
        .language(options.language())
        .generatedOn(options.generatedOn())
        .addAllKeyFigures(keyFigures(years))
        .addSections(summary())
        .addAllSections(report.years().stream().map(this::year).toList())
        .addSections(actions())
        .addSections(findings())
        .addAllSections(documentNotes())
        .build();
  }

  // ---- cover

  private List<KeyFigure> keyFigures(String years) {
    List<KeyFigure> figures = new ArrayList<>();
    figures.add(KeyFigure.of(text("fig.asOf"), Cell.text(longDate(report.asOf())), format("fig.years", years)));
    int due = 0;
    int met = 0;
    for (YearSummary s : report.summaries()) {
      due += s.met() + s.partlyMet() + s.notMet() + s.noData();
      met += s.met();
    }
    Status overall = due == 0 ? Status.NOT_YET_DUE : met == due ? Status.MET : Status.PARTLY_MET;
    figures.add(KeyFigure.of(text("fig.indicators"), Cell.status(overall, format("fig.indicators.value", met, due)),
        text("fig.indicators.detail")));
    long shortfalls = report.indicators().stream().filter(i -> i.attainment().isShortfall()).count();
    figures.add(KeyFigure.of(text("fig.outcome"),
        report.everythingDueMet()
            ? Cell.status(Status.MET, text("fig.outcome.met"))
            : Cell.status(Status.NOT_MET, format("fig.outcome.short", shortfalls, report.findings().size())),
        text("fig.outcome.detail")));
    figures.add(KeyFigure.of(text("fig.population"),
        Cell.number(report.population().map(BigDecimal::valueOf), ValueFormat.NUMBER), populationDetail()));
    if (illustrative()) {
      figures.add(KeyFigure.of(text("fig.values"), Cell.text(text("fig.values.illustrative")),
          text("fig.values.detail")));
    }
    return figures;
  }

  private String populationDetail() {
    if (report.population().isEmpty()) {
      return text("fig.population.unknown");
    }
    return options.derivedPopulation()
        .map(d -> format("fig.population.derived", d.municipalities(), longDate(d.referenceDate())))
        .orElse(text("fig.population.given"));
  }

  // ---- summary

  private Section summary() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Paragraph.of(format("summary.intro", longDate(report.asOf()))));
    if (illustrative()) {
      blocks.add(Note.of(NoteKind.ILLUSTRATIVE, text("note.illustrative")));
    }
    blocks.add(Paragraph.of(m.text(report.everythingDueMet() ? "report.outcome.met" : "report.outcome.short")));
    report.population().ifPresentOrElse(p -> options.derivedPopulation().ifPresent(d -> blocks.add(
            Note.of(NoteKind.INFO, format("note.derived", m.number(BigDecimal.valueOf(p)), d.municipalities(),
                longDate(d.referenceDate()), d.source())))),
        () -> blocks.add(Note.of(NoteKind.INFO, text("note.noPopulation"))));

    ImmutableTable.Builder outcomes = Table.builder().caption(text("summary.outcomes.caption"))
        .addColumns(Column.text(text("col.year")), Column.numeric(label(Attainment.MET)),
            Column.numeric(label(Attainment.PARTLY_MET)), Column.numeric(label(Attainment.NOT_MET)),
            Column.numeric(label(Attainment.NO_DATA)), Column.numeric(label(Attainment.NOT_YET_DUE)),
            Column.numeric(label(Attainment.NO_TARGET)));
    for (YearSummary s : report.summaries()) {
      outcomes.addRows(Row.of(Cell.text(s.year().toString()), count(s.met()), count(s.partlyMet()),
          count(s.notMet()), count(s.noData()), count(s.notYetDue()), count(s.noTarget())));
    }
    blocks.add(outcomes.build());

    List<String> categories = report.summaries().stream().map(s -> s.year().toString()).toList();
    if (!categories.isEmpty()) {
      blocks.add(BarChart.builder()
          .title(text("chart.spending.title"))
          .description(text("chart.spending.description"))
          .categoryHeader(text("col.year"))
          .addAllCategories(categories)
          .addSeries(Series.ofOptional(text("series.planned"),
                  report.summaries().stream().map(s -> amount(s.spending().planned())).toList()),
              Series.ofOptional(text("series.actual"),
                  report.summaries().stream().map(s -> amount(s.spending().actual())).toList()))
          .format(ValueFormat.WHOLE_EUROS)
          .build());
    }
    ImmutableTable.Builder spending = Table.builder().caption(text("summary.spending.caption"))
        .addColumns(Column.text(text("col.year")), Column.numeric(text("col.planned")),
            Column.numeric(text("col.actual")), Column.numeric(text("col.execution")),
            Column.numeric(text("col.plannedPerInhabitant")), Column.numeric(text("col.actualPerInhabitant")));
    for (YearSummary s : report.summaries()) {
      spending.addRows(Row.of(Cell.text(s.year().toString()),
          Cell.number(amount(s.spending().planned()), ValueFormat.EUROS),
          Cell.number(amount(s.spending().actual()), ValueFormat.EUROS),
          Cell.number(s.spending().executionPercent(), ValueFormat.PERCENT),
          Cell.number(amount(s.plannedPerInhabitant()), ValueFormat.EUROS),
          Cell.number(amount(s.actualPerInhabitant()), ValueFormat.EUROS)));
    }
    blocks.add(spending.build());
    boolean perInhabitant = report.summaries().stream()
        .anyMatch(s -> s.plannedPerInhabitant().isPresent() || s.actualPerInhabitant().isPresent());
    if (perInhabitant) {
      blocks.add(BarChart.builder()
          .title(text("chart.perInhabitant.title"))
          .description(format("chart.perInhabitant.description",
              m.number(BigDecimal.valueOf(report.population().orElseThrow()))))
          .categoryHeader(text("col.year"))
          .addAllCategories(categories)
          .addSeries(Series.ofOptional(text("series.planned"),
                  report.summaries().stream().map(s -> amount(s.plannedPerInhabitant())).toList()),
              Series.ofOptional(text("series.actual"),
                  report.summaries().stream().map(s -> amount(s.actualPerInhabitant())).toList()))
          .format(ValueFormat.EUROS)
          .build());
    }
    return Section.builder().heading(text("section.summary")).addAllBlocks(blocks).build();
  }

  // ---- one year

  private Section year(Year year) {
    List<ObjectiveAssessment> objectives = report.objectives().stream().filter(o -> o.year().equals(year)).toList();
    ImmutableSection.Builder section = Section.builder().heading(format("section.year", year.toString()));
    if (!objectives.isEmpty()) {
      section.addBlocks(BarChart.builder()
          .title(format("chart.objectives.title", year.toString()))
          .description(format("chart.objectives.description", year.toString()))
          .categoryHeader(text("col.objective"))
          .addAllCategories(objectives.stream().map(o -> o.code() + ". " + o.title()).toList())
          .addSeries(
              Series.ofOptional(label(Attainment.MET), objectives.stream().map(o -> known(o.met())).toList()),
              Series.ofOptional(label(Attainment.PARTLY_MET),
                  objectives.stream().map(o -> known(o.partlyMet())).toList()),
              Series.ofOptional(text("series.shortfall"),
                  objectives.stream().map(o -> known(o.notMet() + o.noData())).toList()))
          .format(ValueFormat.NUMBER)
          .orientation(Orientation.HORIZONTAL)
          .build());
      // Six columns and whole euros: long objective titles need the width on an A4 page.
      ImmutableTable.Builder table = Table.builder().caption(format("objectives.caption", year.toString()))
          .addColumns(Column.text(text("col.objective")), Column.text(text("col.outcome")),
              Column.text(text("col.indicatorsMet")), Column.numeric(text("series.planned")),
              Column.numeric(text("series.actual")), Column.numeric(text("col.execution")))
          .sortable(true);
      for (ObjectiveAssessment o : objectives) {
        int due = o.met() + o.partlyMet() + o.notMet() + o.noData();
        table.addRows(Row.of(Cell.text(o.code() + ". " + o.title()), attainment(o.attainment(), ""),
            Cell.text(format("indicators.metOfDue", o.met(), due)),
            Cell.number(amount(o.spending().planned()), ValueFormat.WHOLE_EUROS),
            Cell.number(amount(o.spending().actual()), ValueFormat.WHOLE_EUROS),
            Cell.number(o.spending().executionPercent(), ValueFormat.PERCENT)));
      }
      report.summaries().stream().filter(s -> s.year().equals(year)).findFirst().ifPresent(s -> table.addTotals(
          Row.of(Cell.text(text("total")), Cell.text(""),
              Cell.text(format("indicators.metOfDue", s.met(), s.met() + s.partlyMet() + s.notMet() + s.noData())),
              Cell.number(amount(s.spending().planned()), ValueFormat.WHOLE_EUROS),
              Cell.number(amount(s.spending().actual()), ValueFormat.WHOLE_EUROS),
              Cell.number(s.spending().executionPercent(), ValueFormat.PERCENT))));
      section.addBlocks(table.build());
    }
    List<IndicatorAssessment> rows = report.indicators().stream().filter(i -> i.year().equals(year)).toList();
    if (!rows.isEmpty()) {
      ImmutableTable.Builder indicators = Table.builder().caption(format("indicators.caption", year.toString()))
          .addColumns(Column.text(text("col.indicator")), Column.text(text("col.outcome")),
              Column.numeric(text("col.value")), Column.text(text("col.target")), Column.text(text("col.basis")));
      for (IndicatorAssessment i : rows) {
        indicators.addRows(Row.of(Cell.text(i.indicatorId() + " — " + i.description()),
            attainment(i.attainment(), ""), value(i), Cell.text(i.target().map(m::target).orElse("—")),
            Cell.text(m.explain(i))));
      }
      section.addSubsections(Section.builder().heading(format("section.indicators", year.toString()))
          .addBlocks(indicators.build()).build());
    }
    return section.build();
  }

  // ---- actions

  private Section actions() {
    ImmutableSection.Builder section = Section.builder().heading(text("section.actions"));
    ImmutableTable.Builder counts = Table.builder().caption(text("actions.caption"))
        .addColumns(Column.text(text("col.year")), Column.numeric(text("col.done")),
            Column.numeric(text("col.underWay")), Column.numeric(text("col.notStarted")),
            Column.numeric(text("col.dropped")), Column.numeric(text("col.notReported")),
            Column.numeric(text("col.total")), Column.numeric(text("col.completion")));
    for (YearSummary s : report.summaries()) {
      ActionCompletion c = s.actions();
      counts.addRows(Row.of(Cell.text(s.year().toString()), count(c.done()), count(c.underWay()),
          count(c.notStarted()), count(c.dropped()), count(c.notReported()), count(c.total()),
          Cell.number(c.completionPercent(), ValueFormat.PERCENT)));
    }
    section.addBlocks(Paragraph.of(text("actions.intro")), counts.build());
    if (!report.summaries().isEmpty()) {
      section.addBlocks(BarChart.builder()
          .title(text("chart.actions.title"))
          .description(text("chart.actions.description"))
          .categoryHeader(text("col.year"))
          .addAllCategories(report.summaries().stream().map(s -> s.year().toString()).toList())
          .addSeries(Series.ofOptional(text("col.completion"),
              report.summaries().stream().map(s -> s.actions().completionPercent()).toList()))
          .format(ValueFormat.PERCENT)
          .build());
    }

    // One row per action, one column per year: how each action moved through the plan's life.
    Map<String, Map<Year, ActionAssessment>> byAction = new LinkedHashMap<>();
    for (ActionAssessment a : report.actions()) {
      byAction.computeIfAbsent(a.objectiveId() + "\u0000" + a.actionId(), k -> new LinkedHashMap<>()).put(a.year(), a);
    }
    if (!byAction.isEmpty()) {
      ImmutableTable.Builder detail = Table.builder().caption(text("actions.detail.caption"))
          .addColumns(Column.text(text("col.action")));
      report.years().forEach(y -> detail.addColumns(Column.text(y.toString())));
      for (Map<Year, ActionAssessment> years : byAction.values()) {
        ActionAssessment first = years.values().iterator().next();
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.text(first.actionId() + " — " + first.description()));
        for (Year y : report.years()) {
          ActionAssessment a = years.get(y);
          cells.add(Cell.text(a == null ? "—" : progress(a.progress(), a.notes())));
        }
        detail.addRows(Row.of(cells));
      }
      section.addBlocks(detail.build());
    }
    return section.build();
  }

  private String progress(Optional<ActionProgress> progress, Optional<String> notes) {
    String word = progress.map(m::label).orElse(text("action.notReported"));
    return notes.map(n -> word + ": " + n).orElse(word);
  }

  // ---- findings and notes

  private Section findings() {
    ImmutableSection.Builder section = Section.builder().heading(m.text("report.findings"));
    if (report.findings().isEmpty()) {
      return section.addBlocks(Paragraph.of(text("findings.none"))).build();
    }
    ImmutableTable.Builder table = Table.builder().caption(format("findings.caption", report.findings().size()))
        .addColumns(Column.text(text("col.pointer")), Column.text(text("col.finding")));
    for (MonitoringFinding f : report.findings()) {
      table.addRows(Row.of(Cell.text(f.pointer()), Cell.text(m.describe(f))));
    }
    return section.addBlocks(Note.of(NoteKind.WARNING, text("findings.intro")), table.build()).build();
  }

  private List<Section> documentNotes() {
    Optional<String> notes = options.monitoring().flatMap(MonitoringDocument::notes).filter(n -> !n.isBlank());
    return notes.<List<Section>>map(n -> List.of(Section.builder().heading(text("section.notes"))
            .addBlocks(Paragraph.of(text("notes.intro")), Paragraph.of(n)).build()))
        .orElse(List.of());
  }

  // ---- cells and words

  private Cell attainment(Attainment attainment, String detail) {
    return switch (attainment) {
      case MET -> Cell.status(Status.MET, detail);
      case PARTLY_MET -> Cell.status(Status.PARTLY_MET, detail);
      case NOT_MET -> Cell.status(Status.NOT_MET, detail);
      case NO_DATA -> Cell.status(Status.NO_DATA, detail);
      case NOT_YET_DUE -> Cell.status(Status.NOT_YET_DUE, detail);
      // No target: nothing is judged, so no status icon; the word says it.
      case NO_TARGET -> Cell.text(capitalised(m.label(attainment)));
    };
  }

  private Cell value(IndicatorAssessment i) {
    if (i.value().isEmpty()) {
      return Cell.unknown(ValueFormat.NUMBER);
    }
    BigDecimal v = i.value().get();
    return switch (i.unit()) {
      case PERCENTAGE -> Cell.number(v, ValueFormat.PERCENT);
      case EURO -> Cell.number(v, ValueFormat.EUROS);
      case YES_NO, DOCUMENT -> Cell.text(text(v.signum() > 0 ? "value.yes" : "value.no"));
      default -> Cell.number(v, ValueFormat.NUMBER);
    };
  }

  private static Cell count(int n) {
    return Cell.number(BigDecimal.valueOf(n), ValueFormat.NUMBER);
  }

  private static Optional<BigDecimal> known(int n) {
    return Optional.of(BigDecimal.valueOf(n));
  }

  private static Optional<BigDecimal> amount(Optional<Money> money) {
    return money.map(Money::amount);
  }

  private boolean illustrative() {
    return options.monitoring().map(MonitoringReportDocument::isIllustrative).orElse(false);
  }

  /** Dates in full on the page ("31 marzo 2018"): it is read aloud at an assembly, not scanned. */
  private String longDate(java.time.LocalDate date) {
    return date.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
        .withLocale(locale));
  }

  private String yearsText() {
    ImmutableList<Year> years = report.years();
    if (years.isEmpty()) {
      return "—";
    }
    Year first = years.get(0);
    Year last = years.get(years.size() - 1);
    return first.equals(last) ? first.toString() : first + "–" + last;
  }

  private String label(Attainment attainment) {
    return capitalised(m.label(attainment));
  }

  private String capitalised(String word) {
    return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(locale) + word.substring(1);
  }

  /** Every label of the bundle is a MessageFormat pattern (apostrophes doubled), with or without arguments. */
  private String text(String key) {
    return format(key);
  }

  private String format(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }
}
