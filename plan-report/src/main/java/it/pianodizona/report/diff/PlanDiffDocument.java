package it.pianodizona.report.diff;

import it.pianodizona.diff.BudgetDelta;
import it.pianodizona.diff.BudgetFigure;
import it.pianodizona.diff.Change;
import it.pianodizona.diff.ChangeKind;
import it.pianodizona.diff.FindingChange;
import it.pianodizona.diff.FindingsDiff;
import it.pianodizona.diff.PlanDiff;
import it.pianodizona.diff.TextSegment;
import it.pianodizona.model.budget.FundingSource;
import it.pianodizona.report.Block;
import it.pianodizona.report.Cell;
import it.pianodizona.report.Column;
import it.pianodizona.report.ImmutableReportDocument;
import it.pianodizona.report.ImmutableSection;
import it.pianodizona.report.ImmutableTable;
import it.pianodizona.report.KeyFigure;
import it.pianodizona.report.Note;
import it.pianodizona.report.NoteKind;
import it.pianodizona.report.Paragraph;
import it.pianodizona.report.ReportDocument;
import it.pianodizona.report.Row;
import it.pianodizona.report.Section;
import it.pianodizona.report.Table;
import it.pianodizona.report.ValueFormat;
import it.pianodizona.report.WordDiff;
import it.pianodizona.rules.Finding;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Confronto tra versioni come documento: maps a {@link PlanDiff}, and a {@link FindingsDiff} when
 * the findings were compared, onto a {@link ReportDocument}: key figures; the changes grouped by
 * the element they concern (Italian or English labels), reworded texts word by word; the budget
 * deltas with unknown figures as "n.d."; the findings resolved, introduced and unchanged.
 * Stateless and thread-safe.
 */
public final class PlanDiffDocument {

  private static final String BUNDLE = "it.pianodizona.report.diff.labels";
  /** Values longer than this are cut: a whole added objective is read in the plan, not here. */
  static final int MAX_VALUE = 300;

  private final PlanDiff diff;
  private final Optional<FindingsDiff> findings;
  private final PlanDiffOptions options;
  private final Locale locale;
  private final ResourceBundle bundle;

  private PlanDiffDocument(PlanDiff diff, Optional<FindingsDiff> findings, PlanDiffOptions options) {
    this.diff = diff;
    this.findings = findings;
    this.options = options;
    this.locale = options.language().locale();
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
  }

  /** The diff, and the findings diff when given, as a document in the options' language. */
  public static ReportDocument of(PlanDiff diff, Optional<FindingsDiff> findings, PlanDiffOptions options) {
    return new PlanDiffDocument(diff, findings, options).build();
  }

  private ReportDocument build() {
    ImmutableReportDocument.Builder document = ReportDocument.builder()
        .title(options.planTitle().map(t -> text("title", t)).orElse(text("title.untitled")))
        .subtitle(text("subtitle", options.beforeName(), options.afterName()))
        .language(options.language())
        .generatedOn(options.generatedOn())
        .addAllKeyFigures(keyFigures())
        .addSections(changes());
    if (!diff.budgetDeltas().isEmpty()) {
      document.addSections(budget());
    }
    findings.ifPresent(f -> document.addSections(findings(f)));
    return document.build();
  }

  private List<KeyFigure> keyFigures() {
    List<KeyFigure> figures = new ArrayList<>();
    figures.add(KeyFigure.of(text("fig.changes"), count(diff.changes().size()), kindCounts()));
    figures.add(KeyFigure.of(text("fig.budget"), count(diff.budgetDeltas().size()), text("fig.budget.detail")));
    findings.ifPresent(f -> {
      figures.add(KeyFigure.of(text("fig.resolved"), count(f.resolved().size()), text("fig.findings.detail")));
      figures.add(KeyFigure.of(text("fig.introduced"), count(f.introduced().size()), text("fig.findings.detail")));
    });
    return figures;
  }

  private String kindCounts() {
    List<String> parts = new ArrayList<>();
    for (ChangeKind kind : ChangeKind.values()) {
      long n = diff.changes().stream().filter(c -> c.kind() == kind).count();
      if (n > 0) {
        parts.add(text("kind.count." + kind.code(), n));
      }
    }
    return parts.isEmpty() ? text("none") : String.join(", ", parts);
  }

  // ---- changes, grouped by the element they concern

  private Section changes() {
    ImmutableSection.Builder section = Section.builder().heading(text("section.changes"));
    if (diff.changes().isEmpty()) {
      return section.addBlocks(Paragraph.of(text("changes.none"))).build();
    }
    section.addBlocks(Paragraph.of(text("changes.intro")));
    Map<String, List<Change>> groups = new LinkedHashMap<>();
    for (Change change : diff.changes()) {
      groups.computeIfAbsent(group(change), k -> new ArrayList<>()).add(change);
    }
    for (Map.Entry<String, List<Change>> group : groups.entrySet()) {
      section.addSubsections(group(group.getKey(), group.getValue()));
    }
    return section.build();
  }

  /** The element a change belongs to: the first step of its label ("Obiettivo 3", "Budget"). */
  private String group(Change change) {
    String[] steps = change.label().in(locale).split(" › ");
    return steps[0];
  }

  private Section group(String name, List<Change> changes) {
    List<Block> blocks = new ArrayList<>();
    ImmutableTable.Builder table = null;
    for (Change change : changes) {
      if (!change.words().isEmpty()) {
        if (table != null) {
          blocks.add(table.build());
          table = null;
        }
        blocks.add(WordDiff.builder()
            .label(kindWord(change.kind()) + " · " + change.label().in(locale))
            .detail(detail(change))
            .addAllRuns(change.words().stream().map(PlanDiffDocument::run).toList())
            .build());
      } else {
        if (table == null) {
          table = Table.builder().caption(text("group.caption", name))
              .addColumns(Column.text(text("col.element")), Column.text(text("col.kind")),
                  Column.text(text("col.before")), Column.text(text("col.after")));
        }
        table.addRows(Row.of(Cell.text(change.label().in(locale) + suffix(detail(change))),
            Cell.text(kindWord(change.kind())), Cell.text(value(change, change.beforeText())),
            Cell.text(value(change, change.afterText()))));
      }
    }
    if (table != null) {
      blocks.add(table.build());
    }
    return Section.builder().heading(name).addAllBlocks(blocks).build();
  }

  private static String suffix(String detail) {
    return detail.isEmpty() ? "" : " (" + detail + ")";
  }

  /** Where the change is in the JSON, and how the element was paired when ids differ. */
  private String detail(Change change) {
    String where = change.kind() == ChangeKind.MOVED
        ? change.beforePath().orElse("") + " → " + change.afterPath().orElse("")
        : change.path();
    return change.pairedBy().map(by -> where + " · " + text("pairedBy." + by.name())).orElse(where);
  }

  private String value(Change change, Optional<String> value) {
    if (change.kind() == ChangeKind.MOVED) {
      return "—";
    }
    return value.map(v -> v.codePointCount(0, v.length()) > MAX_VALUE
        ? v.substring(0, v.offsetByCodePoints(0, MAX_VALUE)) + "…" : v).orElse("—");
  }

  private static WordDiff.WordRun run(TextSegment segment) {
    return WordDiff.WordRun.of(switch (segment.kind()) {
      case EQUAL -> WordDiff.Kind.KEPT;
      case DELETED -> WordDiff.Kind.DELETED;
      case INSERTED -> WordDiff.Kind.INSERTED;
    }, segment.text());
  }

  /** The kind as a symbol and a word: "+ aggiunto", never a colour. */
  private String kindWord(ChangeKind kind) {
    return text("kind." + kind.code());
  }

  // ---- budget

  private Section budget() {
    ImmutableTable.Builder table = Table.builder().caption(text("budget.caption"))
        .addColumns(Column.text(text("col.budgetLine")), Column.numeric(text("col.before")),
            Column.numeric(text("col.after")), Column.numeric(text("col.change")),
            Column.numeric(text("col.changePercent")));
    for (BudgetDelta delta : diff.budgetDeltas()) {
      String line = delta.scope() == BudgetDelta.Scope.YEAR_TOTAL
          ? text("budget.total", delta.year().toString())
          : text("budget.cell", delta.year().toString(), delta.objectiveId().orElse(text("budget.noObjective")),
              delta.fundingSource().map(this::fund).orElse(text("budget.noFund")));
      table.addRows(Row.of(Cell.text(line), figure(delta.before()), figure(delta.after()),
          Cell.number(delta.change(), ValueFormat.EUROS), Cell.number(delta.percentChange(), ValueFormat.PERCENT)));
    }
    return Section.builder().heading(text("section.budget"))
        .addBlocks(Paragraph.of(text("budget.intro")), table.build()).build();
  }

  private String fund(FundingSource fund) {
    String key = "fund." + fund.kind().name();
    String kind = bundle.containsKey(key) ? text(key) : fund.kind().name();
    return fund.label().map(l -> kind + " — " + l).orElse(kind);
  }

  /** A figure: the amount, "n.d." for a blank, "absent" when the version has no such line. */
  private Cell figure(BudgetFigure figure) {
    if (!figure.inPlan()) {
      return Cell.text(text("budget.absent"));
    }
    return Cell.number(figure.amount(), ValueFormat.EUROS);
  }

  // ---- findings

  private Section findings(FindingsDiff f) {
    ImmutableSection.Builder section = Section.builder().heading(text("section.findings"))
        .addBlocks(Paragraph.of(text("findings.intro", f.resolved().size(), f.introduced().size(),
            f.unchanged().size())));
    if (!f.introduced().isEmpty()) {
      section.addBlocks(Note.of(NoteKind.WARNING, text("findings.introducedNote", f.introduced().size())));
    }
    section.addBlocks(findingTable(text("findings.resolved"), f.resolved(), true),
        findingTable(text("findings.introduced"), f.introduced(), false),
        findingTable(text("findings.unchanged"), f.unchanged(), false));
    return section.build();
  }

  private Table findingTable(String caption, List<FindingChange> changes, boolean before) {
    ImmutableTable.Builder table = Table.builder().caption(text("findings.caption", caption, changes.size()))
        .addColumns(Column.text(text("col.rule")), Column.text(text("col.severity")),
            Column.text(text("col.where")), Column.text(text("col.message")));
    for (FindingChange change : changes) {
      Finding finding = before ? change.before().orElseThrow() : change.after().orElseThrow();
      table.addRows(Row.of(Cell.text(change.ruleId()), Cell.text(text("severity." + finding.severity().name())),
          Cell.text(finding.path()), Cell.text(finding.message())));
    }
    if (changes.isEmpty()) {
      table.addRows(Row.of(Cell.text(text("none")), Cell.text(""), Cell.text(""), Cell.text("")));
    }
    return table.build();
  }

  // ---- words

  private static Cell count(long n) {
    return Cell.number(BigDecimal.valueOf(n), ValueFormat.NUMBER);
  }

  /** Every label of the bundle is a MessageFormat pattern (apostrophes doubled). */
  private String text(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }
}
