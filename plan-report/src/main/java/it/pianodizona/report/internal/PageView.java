package it.pianodizona.report.internal;

import com.google.common.collect.ImmutableList;
import it.pianodizona.report.BarChart;
import it.pianodizona.report.Block;
import it.pianodizona.report.Cell;
import it.pianodizona.report.NoteKind;
import it.pianodizona.report.ReportDocument;
import it.pianodizona.report.Section;
import it.pianodizona.report.Status;
import it.pianodizona.report.Table;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Vista della pagina: what the templates read for one rendering: the document, the words of the
 * page in its language, formatted values, chart layouts and the inlined assets. One instance per
 * rendering; the templates only read it.
 */
public final class PageView {

  private final ReportDocument document;
  private final Labels labels;
  private final Formats formats;
  private final Assets assets;
  private final Map<BarChart, ChartLayout> charts = new IdentityHashMap<>();
  private final boolean sortable;

  public PageView(ReportDocument document, Assets assets) {
    this.document = document;
    this.labels = new Labels(document.language());
    this.formats = new Formats(document.language());
    this.assets = assets;
    boolean anySortable = false;
    ImmutableList.Builder<Block> all = ImmutableList.builder();
    document.sections().forEach(section -> collect(section, all));
    for (Block block : all.build()) {
      if (block instanceof BarChart chart) {
        charts.put(chart, ChartLayout.of(chart, "chart-" + (charts.size() + 1), formats, labels.get("na")));
      } else if (block instanceof Table table && table.sortable()) {
        anySortable = true;
      }
    }
    this.sortable = anySortable;
  }

  private static void collect(Section section, ImmutableList.Builder<Block> into) {
    into.addAll(section.blocks());
    section.subsections().forEach(sub -> collect(sub, into));
  }

  public ReportDocument document() {
    return document;
  }

  /** The page's {@code lang} attribute. */
  public String lang() {
    return document.language().tag();
  }

  /** A word of the page chrome. */
  public String label(String key) {
    return labels.get(key);
  }

  /** The generation line of the cover, e.g. "Generato il 28 novembre 2026". */
  public String generatedLine() {
    return labels.format("generatedOn", formats.date(document.generatedOn()));
  }

  /** The caption of a chart's data table. */
  public String chartDataCaption(BarChart chart) {
    return labels.format("chartData", chart.title());
  }

  /** The words of a status. */
  public String statusLabel(Status status) {
    return labels.get("status." + status.key());
  }

  /** The word before a note. */
  public String noteLabel(NoteKind kind) {
    return labels.get("note." + kind.key());
  }

  /** The text of a cell or key figure: the formatted number, "n.d." for an unknown number, or its text. */
  public String value(Cell cell) {
    if (cell.isNumeric()) {
      return cell.number().map(n -> formats.full(n, cell.format().orElseThrow())).orElse(labels.get("na"));
    }
    return cell.text();
  }

  /** Whether a numeric cell's value is unknown: shown as an abbreviation whose title spells it out. */
  public boolean unknown(Cell cell) {
    return cell.isNumeric() && cell.number().isEmpty();
  }

  /** The numeric key a sortable table sorts a cell by, empty for text cells and unknown values. */
  public String sortKey(Cell cell) {
    return cell.number().map(n -> n.toPlainString()).orElse("");
  }

  /** The CSS classes of a cell. */
  public String cellClass(Cell cell) {
    StringBuilder classes = new StringBuilder();
    if (cell.isNumeric()) {
      classes.append("num");
    }
    cell.status().ifPresent(s -> classes.append(classes.length() > 0 ? " " : "").append("status status-").append(s.key()));
    return classes.toString();
  }

  /** A chart's layout. */
  public ChartLayout chart(BarChart chart) {
    return charts.get(chart);
  }

  /** A value of a chart's data table. */
  public String chartValue(BarChart chart, java.util.Optional<java.math.BigDecimal> value) {
    return value.map(v -> formats.full(v, chart.format())).orElse(labels.get("na"));
  }

  /** The anchor of a numbered section, e.g. {@code s-2-1} for section 2.1. */
  public String sectionId(String number) {
    return "s-" + number.replace('.', '-');
  }

  public String css() {
    return assets.css();
  }

  public String script() {
    return assets.script();
  }

  public String contentSecurityPolicy() {
    return assets.contentSecurityPolicy();
  }

  /** Whether the page has a sortable table, and so carries the sorting script. */
  public boolean hasSortableTable() {
    return sortable;
  }
}
