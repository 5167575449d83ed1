package it.pianodizona.io;

import com.google.common.collect.ImmutableList;
import it.pianodizona.io.internal.EnumCodecs;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.budget.DeclaredTotal;
import it.pianodizona.model.budget.FundingSource;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.objective.Objective;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Budget in CSV: the plan's budget as a table (RFC 4180: comma-separated, double quotes, CRLF
 * line ends, a header row) with one row per objective × year × funding source, followed for
 * each objective by the totals the document declares, marked as such.
 *
 * <p>Columns: {@code row} ({@code budget} or {@code declared_total}), {@code objective_id},
 * {@code objective_code}, {@code objective_title}, {@code year}, {@code funding_source} (as in
 * the JSON), {@code funding_source_label}, {@code amount} (euros, two decimals, a dot),
 * {@code lines} (budget lines summed into the row), {@code unstated_lines} (of those, lines
 * with a blank amount) and {@code stated_as}. A blank amount means that no line of the row
 * states one: not stated, not zero. Where several lines fall in one row, their labels and
 * {@code stated_as} texts are joined with {@code " | "}. Rows follow the plan's order of objectives, then lines with
 * no objective and the plan's overall totals; years ascend.
 *
 * <p>Text cells that a spreadsheet would run as a formula (starting with {@code = + - @}, a
 * tab or a carriage return) are prefixed with an apostrophe.
 */
public final class BudgetCsv {

  /** The header row. */
  public static final ImmutableList<String> COLUMNS = ImmutableList.of(
      "row", "objective_id", "objective_code", "objective_title", "year", "funding_source",
      "funding_source_label", "line_labels", "amount", "lines", "unstated_lines", "stated_as");

  private BudgetCsv() {}

  /** Writes the budget table (RFC 4180); the writer is flushed, not closed. */
  public static void write(ZonePlan plan, Writer out) throws IOException {
    write(plan, out, CsvDialect.RFC_4180);
  }

  /**
   * Writes the budget table in a dialect: {@link CsvDialect#EXCEL} for a spreadsheet in Italian
   * (semicolons, {@code 15000,00}, a byte-order mark); the writer is flushed, not closed.
   */
  public static void write(ZonePlan plan, Writer out, CsvDialect dialect) throws IOException {
    dialect.write(COLUMNS, rows(plan, dialect), out);
  }

  /** The budget table as text. */
  public static String write(ZonePlan plan) {
    StringWriter text = new StringWriter();
    try {
      write(plan, text);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return text.toString();
  }

  private static List<List<String>> rows(ZonePlan plan, CsvDialect dialect) {
    Map<String, Objective> objectives = plan.objectivesById();
    Map<Optional<String>, Integer> rank = new HashMap<>();
    plan.objectives().forEach(o -> rank.putIfAbsent(Optional.of(o.id()), rank.size()));
    // Ids that name no objective keep the order they first appear in, after the real ones.
    plan.budget().lines().forEach(l -> l.objectiveId().ifPresent(id -> rank.putIfAbsent(Optional.of(id), rank.size())));
    plan.budget().declaredTotals().forEach(t -> t.objectiveId().ifPresent(id -> rank.putIfAbsent(Optional.of(id), rank.size())));
    rank.put(Optional.empty(), rank.size());

    Map<Key, Group> groups = new LinkedHashMap<>();
    for (BudgetLine line : plan.budget().lines()) {
      groups.computeIfAbsent(new Key(line.objectiveId(), line.year(), line.fundingSource()), k -> new Group())
          .add(line);
    }
    Map<Optional<String>, List<List<String>>> byObjective = new HashMap<>();
    groups.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Key.ORDER))
        .forEach(e -> byObjective.computeIfAbsent(e.getKey().objectiveId(), k -> new ArrayList<>())
            .add(e.getValue().row(e.getKey(), objectives, dialect)));
    plan.budget().declaredTotals().stream()
        .sorted(Comparator.comparing(DeclaredTotal::year))
        .forEach(t -> byObjective.computeIfAbsent(t.objectiveId(), k -> new ArrayList<>())
            .add(totalRow(t, objectives, dialect)));

    List<List<String>> rows = new ArrayList<>();
    byObjective.entrySet().stream()
        .sorted(Comparator.comparing(e -> rank.get(e.getKey())))
        .forEach(e -> rows.addAll(e.getValue()));
    return rows;
  }

  private static List<String> totalRow(DeclaredTotal total, Map<String, Objective> objectives, CsvDialect dialect) {
    List<String> row = new ArrayList<>(COLUMNS.size());
    row.add("declared_total");
    addObjective(row, total.objectiveId(), objectives);
    row.add(total.year().toString());
    row.add("");
    row.add("");
    row.add("");
    row.add(dialect.number(total.amount().amount()));
    row.add("");
    row.add("");
    row.add(text(total.statedAs().orElse("")));
    return row;
  }

  private static void addObjective(List<String> row, Optional<String> id, Map<String, Objective> objectives) {
    Optional<Objective> objective = id.map(objectives::get);
    row.add(text(id.orElse("")));
    row.add(text(objective.map(Objective::code).orElse("")));
    row.add(text(objective.map(Objective::title).orElse("")));
  }

  /** Keeps a spreadsheet from running a cell as a formula (CWE-1236). */
  private static String text(String value) {
    return CsvDialect.text(value);
  }

  /** The objective, year and funding source of one row; a record, so equal keys group lines. */
  private record Key(Optional<String> objectiveId, Year year, Optional<FundingSource> fundingSource) {
    static final Comparator<Optional<FundingSource>> SOURCE_ORDER = Comparator.comparing(
        (Optional<FundingSource> s) -> s.isEmpty())
        .thenComparing(s -> s.map(f -> f.kind().ordinal()).orElse(0))
        .thenComparing(s -> s.flatMap(FundingSource::label).orElse(""));
    static final Comparator<Key> ORDER = Comparator.comparing(Key::year)
        .thenComparing(Key::fundingSource, SOURCE_ORDER);
  }

  private static final class Group {
    private Money sum;
    private int lines;
    private int unstated;
    private final Set<String> labels = new LinkedHashSet<>();
    private final Set<String> statedAs = new LinkedHashSet<>();

    void add(BudgetLine line) {
      lines++;
      if (line.amount().isPresent()) {
        sum = sum == null ? line.amount().get() : sum.plus(line.amount().get());
      } else {
        unstated++;
      }
      line.label().ifPresent(labels::add);
      line.statedAs().ifPresent(statedAs::add);
    }

    List<String> row(Key key, Map<String, Objective> objectives, CsvDialect dialect) {
      List<String> row = new ArrayList<>(COLUMNS.size());
      row.add("budget");
      addObjective(row, key.objectiveId(), objectives);
      row.add(key.year().toString());
      row.add(key.fundingSource().map(s -> EnumCodecs.jsonName(s.kind())).orElse(""));
      row.add(text(key.fundingSource().flatMap(FundingSource::label).orElse("")));
      row.add(text(String.join(" | ", labels)));
      row.add(sum == null ? "" : dialect.number(sum.amount()));
      row.add(String.valueOf(lines));
      row.add(String.valueOf(unstated));
      row.add(text(String.join(" | ", statedAs)));
      return row;
    }
  }
}
