package it.pianodizona.benchmarks;

import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.budget.DeclaredTotal;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.objective.Indicator;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.model.objective.TargetRange;
import it.pianodizona.report.BarChart;
import it.pianodizona.report.Cell;
import it.pianodizona.report.Column;
import it.pianodizona.report.KeyFigure;
import it.pianodizona.report.Note;
import it.pianodizona.report.NoteKind;
import it.pianodizona.report.Orientation;
import it.pianodizona.report.ReportDocument;
import it.pianodizona.report.ReportRenderer;
import it.pianodizona.report.Row;
import it.pianodizona.report.Section;
import it.pianodizona.report.Series;
import it.pianodizona.report.Status;
import it.pianodizona.report.Table;
import it.pianodizona.report.ValueFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rapporto HTML: rendering a Crema-sized report with plan-report's renderer (issue 18's target:
 * under 20 ms warm). The document is what a monitoring report of the real Crema plan holds: every
 * indicator of its ten objectives with its target as stated, the 30 budget lines, the totals by
 * year and three charts. The statuses are assigned in turn, only to exercise every badge: they
 * are workload, not findings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ReportBenchmark {

  private ReportRenderer renderer;
  private ReportDocument document;

  @Setup
  public void setUp() {
    renderer = ReportRenderer.create();
    document = cremaSized(PlanJson.read(Workloads.cremaJson(), "crema-2015-2017.json"));
  }

  /** One rendering of the whole page to a string. */
  @Benchmark
  public String renderCremaHtml() {
    return renderer.render(document);
  }

  static ReportDocument cremaSized(ZonePlan plan) {
    Status[] statuses = Status.values();
    List<Row> indicators = new ArrayList<>();
    int i = 0;
    for (Objective objective : plan.objectives()) {
      for (Indicator indicator : objective.indicators()) {
        String target = indicator.target().flatMap(TargetRange::statedAs).orElse("");
        indicators.add(Row.of(Cell.text(objective.code() + ". " + objective.title()), Cell.text(indicator.description()),
            Cell.text(target), Cell.status(statuses[i++ % statuses.length])));
      }
    }
    List<Row> lines = new ArrayList<>();
    for (BudgetLine line : plan.budget().lines()) {
      lines.add(Row.of(Cell.text(line.label().orElse("")), Cell.text(line.year().toString()),
          Cell.number(line.amount().map(Money::amount), ValueFormat.EUROS), Cell.unknown(ValueFormat.EUROS)));
    }
    List<String> years = new ArrayList<>();
    List<BigDecimal> totals = new ArrayList<>();
    for (DeclaredTotal total : plan.budget().declaredTotals()) {
      years.add(total.year().toString());
      totals.add(total.amount().amount());
    }
    List<String> objectives = plan.objectives().stream().map(o -> o.code() + ". " + o.title()).toList();
    List<Optional<BigDecimal>> firstYear = plan.objectives().stream()
        .map(o -> plan.budget().lines().stream()
            .filter(l -> l.objectiveId().equals(Optional.of(o.id())) && l.year().equals(plan.budget().lines().get(0).year()))
            .findFirst().flatMap(BudgetLine::amount).map(Money::amount))
        .toList();
    return ReportDocument.builder()
        .title("Monitoraggio — " + plan.title())
        .subtitle(plan.district().name())
        .generatedOn(LocalDate.of(2016, 12, 31))
        .addKeyFigures(KeyFigure.of("Obiettivi", Cell.number(BigDecimal.valueOf(plan.objectives().size()), ValueFormat.NUMBER)),
            KeyFigure.of("Indicatori", Cell.number(BigDecimal.valueOf(indicators.size()), ValueFormat.NUMBER)))
        .addSections(
            Section.builder().heading("Indicatori")
                .addBlocks(Note.of(NoteKind.ILLUSTRATIVE, "Esiti assegnati a rotazione: carico di lavoro del benchmark."),
                    Table.builder().caption("Indicatori").addColumns(Column.text("Obiettivo"), Column.text("Indicatore"),
                        Column.text("Valore atteso"), Column.text("Esito")).addAllRows(indicators).build(),
                    BarChart.builder().title("Budget per obiettivo").addAllCategories(objectives)
                        .addSeries(Series.ofOptional("Budget", firstYear)).format(ValueFormat.EUROS)
                        .orientation(Orientation.HORIZONTAL).build())
                .build(),
            Section.builder().heading("Spesa")
                .addBlocks(Table.builder().caption("Righe di budget").addColumns(Column.text("Voce"), Column.text("Anno"),
                        Column.numeric("Previsto"), Column.numeric("Speso")).addAllRows(lines).sortable(true).build(),
                    BarChart.builder().title("Previsto e speso per anno").addAllCategories(years)
                        .addSeries(Series.ofOptional("Previsto", totals.stream().map(Optional::of).toList()),
                            Series.ofOptional("Speso", totals.stream().map(t -> Optional.<BigDecimal>empty()).toList()))
                        .format(ValueFormat.EUROS).build(),
                    BarChart.builder().title("Spesa per abitante").addAllCategories(years)
                        .addSeries(Series.ofOptional("Euro per abitante", years.stream().map(y -> Optional.<BigDecimal>empty()).toList()))
                        .format(ValueFormat.EUROS).build())
                .build())
        .build();
  }
}
