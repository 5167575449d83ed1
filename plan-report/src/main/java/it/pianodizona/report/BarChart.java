package it.pianodizona.report;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Grafico a barre: bars per category, grouped when there are several series (planned against
 * actual per year). Rendered as inline SVG with a title, a description and the same numbers as a
 * data table, so nothing in it is conveyed by the picture alone.
 */
@Value.Immutable
public abstract class BarChart implements Block {

  /** The chart title, also its accessible name. */
  public abstract String title();

  /** A sentence saying what the chart shows, its accessible description. */
  public abstract Optional<String> description();

  /** The categories (years, objectives, districts), in order. */
  public abstract ImmutableList<String> categories();

  /** The series; each has one value per category. */
  public abstract ImmutableList<Series> series();

  /** How values are written on the axis, on the bars and in the data table. */
  @Value.Default
  public ValueFormat format() {
    return ValueFormat.NUMBER;
  }

  /** Vertical bars by default. */
  @Value.Default
  public Orientation orientation() {
    return Orientation.VERTICAL;
  }

  /** The header of the category column of the data table (e.g. "Anno"). */
  @Value.Default
  public String categoryHeader() {
    return "";
  }

  @Value.Check
  void check() {
    Preconditions.checkState(!categories().isEmpty(), "chart %s has no category", title());
    Preconditions.checkState(!series().isEmpty(), "chart %s has no series", title());
    for (Series s : series()) {
      Preconditions.checkState(s.values().size() == categories().size(),
          "chart %s: series %s has %s values for %s categories",
          title(), s.name(), s.values().size(), categories().size());
      s.values().forEach(v -> v.ifPresent(n -> Preconditions.checkState(n.signum() >= 0,
          "chart %s: series %s has a negative value %s", title(), s.name(), n)));
    }
  }

  /** A builder. */
  public static ImmutableBarChart.Builder builder() {
    return ImmutableBarChart.builder();
  }
}
