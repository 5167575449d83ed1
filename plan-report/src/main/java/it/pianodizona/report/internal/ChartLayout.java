package it.pianodizona.report.internal;

import com.google.common.collect.ImmutableList;
import it.pianodizona.report.BarChart;
import it.pianodizona.report.Orientation;
import it.pianodizona.report.Series;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Disposizione di un grafico a barre: the geometry of a bar chart as plain values (bars, grid
 * lines, labels) that the chart template writes as SVG elements. Coordinates are in the SVG's
 * own units ({@link #width()} by {@link #height()}); the page scales the picture to its column.
 * Texts stay texts here: the template engine escapes them.
 */
public record ChartLayout(
    String id,
    int width,
    int height,
    ImmutableList<Line> lines,
    ImmutableList<Bar> bars,
    ImmutableList<Label> labels) {

  /** Width of the SVG coordinate system: the report's text column at 96 dpi, roughly. */
  static final int WIDTH = 640;
  private static final int MAX_SERIES_STYLES = 4;
  private static final int MAX_CATEGORY_CHARS = 32;

  /** A bar: its rectangle, its series (for its fill) and the words of its tooltip. */
  public record Bar(String x, String y, String width, String height, int series, String title) {
    /** The CSS class and pattern suffix of the series' fill: {@code s0} to {@code s3}. */
    public String seriesStyle() {
      return "s" + (series % MAX_SERIES_STYLES);
    }
  }

  /** A line: an axis or a grid line. */
  public record Line(String x1, String y1, String x2, String y2, String kind) {}

  /** A text: a tick, a category, a value over a bar or an unknown value. */
  public record Label(String x, String y, String anchor, String kind, String text) {}

  /**
   * Lays out a chart.
   *
   * @param chart the chart
   * @param id the chart's unique id in the page, prefix of its title and description ids
   * @param formats the report's number formats
   * @param notAvailable the short word for an unknown value (e.g. "n.d.")
   */
  public static ChartLayout of(BarChart chart, String id, Formats formats, String notAvailable) {
    return chart.orientation() == Orientation.HORIZONTAL
        ? new Builder(chart, id, formats, notAvailable).horizontal()
        : new Builder(chart, id, formats, notAvailable).vertical();
  }

  /** The step between grid lines: 1, 2 or 5 times a power of ten, for about four intervals. */
  static double niceStep(double max) {
    if (!(max > 0)) {
      return 1;
    }
    double raw = max / 4;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double residual = raw / magnitude;
    double nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
    return nice * magnitude;
  }

  static String number(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }

  static String shorten(String text) {
    return text.length() <= MAX_CATEGORY_CHARS ? text : text.substring(0, MAX_CATEGORY_CHARS - 1).strip() + "…";
  }

  private static final class Builder {
    private final BarChart chart;
    private final String id;
    private final Formats formats;
    private final String notAvailable;
    private final ImmutableList.Builder<Line> lines = ImmutableList.builder();
    private final ImmutableList.Builder<Bar> bars = ImmutableList.builder();
    private final ImmutableList.Builder<Label> labels = ImmutableList.builder();
    private final double step;
    private final double top;

    Builder(BarChart chart, String id, Formats formats, String notAvailable) {
      this.chart = chart;
      this.id = id;
      this.formats = formats;
      this.notAvailable = notAvailable;
      double max = chart.series().stream()
          .flatMap(s -> s.values().stream())
          .flatMap(Optional::stream)
          .mapToDouble(BigDecimal::doubleValue)
          .max().orElse(0);
      this.step = niceStep(max);
      this.top = max > 0 ? Math.ceil(max / step) * step : step;
    }

    private String tick(double value) {
      return formats.compact(BigDecimal.valueOf(value).stripTrailingZeros(), chart.format());
    }

    private String value(BigDecimal value) {
      return formats.compact(value, chart.format());
    }

    private String title(int category, Series series, Optional<BigDecimal> value) {
      return chart.categories().get(category) + " — " + series.name() + ": "
          + value.map(v -> formats.full(v, chart.format())).orElse(notAvailable);
    }

    private boolean valueLabels() {
      return chart.categories().size() * chart.series().size() <= 16;
    }

    ChartLayout vertical() {
      int left = 84;
      int right = 12;
      int topMargin = 20;
      int plotHeight = 220;
      int bottom = 40;
      int height = topMargin + plotHeight + bottom;
      double plotWidth = WIDTH - left - right;
      double baseline = topMargin + plotHeight;

      for (double t = 0; t <= top + step / 2; t += step) {
        double y = baseline - t / top * plotHeight;
        lines.add(new Line(number(left), number(y), number(WIDTH - right), number(y), t == 0 ? "axis" : "grid"));
        labels.add(new Label(number(left - 8), number(y + 4), "end", "tick", tick(t)));
      }
      int categories = chart.categories().size();
      int seriesCount = chart.series().size();
      double group = plotWidth / categories;
      double inner = group * 0.72;
      double barWidth = inner / seriesCount;
      for (int c = 0; c < categories; c++) {
        double groupLeft = left + c * group + (group - inner) / 2;
        labels.add(new Label(number(left + c * group + group / 2), number(baseline + 20), "middle", "category",
            shorten(chart.categories().get(c))));
        for (int s = 0; s < seriesCount; s++) {
          Series series = chart.series().get(s);
          Optional<BigDecimal> value = series.values().get(c);
          double x = groupLeft + s * barWidth;
          double centre = x + barWidth / 2;
          if (value.isEmpty()) {
            labels.add(new Label(number(centre), number(baseline - 6), "middle", "unknown", notAvailable));
            continue;
          }
          double h = value.get().doubleValue() / top * plotHeight;
          bars.add(new Bar(number(x + 1), number(baseline - h), number(barWidth - 2), number(h), s,
              title(c, series, value)));
          if (valueLabels()) {
            labels.add(new Label(number(centre), number(baseline - h - 5), "middle", "value", value(value.get())));
          }
        }
      }
      return new ChartLayout(id, WIDTH, height, lines.build(), bars.build(), labels.build());
    }

    ChartLayout horizontal() {
      int left = 236;
      int right = 76;
      int topMargin = 8;
      int bottom = 26;
      int barHeight = 16;
      int seriesCount = chart.series().size();
      int groupHeight = seriesCount * barHeight + 14;
      int categories = chart.categories().size();
      int plotHeight = categories * groupHeight;
      int height = topMargin + plotHeight + bottom;
      double plotWidth = WIDTH - left - right;
      double baseline = topMargin + plotHeight;

      for (double t = 0; t <= top + step / 2; t += step) {
        double x = left + t / top * plotWidth;
        lines.add(new Line(number(x), number(topMargin), number(x), number(baseline), t == 0 ? "axis" : "grid"));
        labels.add(new Label(number(x), number(baseline + 16), "middle", "tick", tick(t)));
      }
      for (int c = 0; c < categories; c++) {
        double groupTop = topMargin + c * groupHeight + 7;
        labels.add(new Label(number(left - 8), number(groupTop + seriesCount * barHeight / 2.0 + 4), "end",
            "category", shorten(chart.categories().get(c))));
        for (int s = 0; s < seriesCount; s++) {
          Series series = chart.series().get(s);
          Optional<BigDecimal> value = series.values().get(c);
          double y = groupTop + s * barHeight;
          if (value.isEmpty()) {
            labels.add(new Label(number(left + 6), number(y + barHeight - 4), "start", "unknown", notAvailable));
            continue;
          }
          double w = value.get().doubleValue() / top * plotWidth;
          bars.add(new Bar(number(left), number(y + 1), number(w), number(barHeight - 2), s, title(c, series, value)));
          if (valueLabels() || seriesCount == 1) {
            labels.add(new Label(number(left + w + 4), number(y + barHeight - 4), "start", "value", value(value.get())));
          }
        }
      }
      return new ChartLayout(id, WIDTH, height, lines.build(), bars.build(), labels.build());
    }
  }
}
