package it.pianodizona.report;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Documento di rapporto: what a report says, independent of how it looks. Title, subtitle,
 * language, the date it was generated (given, never read from a clock), the key figures of its
 * cover and its sections.
 */
@Value.Immutable
public abstract class ReportDocument {

  /** The title, e.g. "Monitoraggio 2016 — Piano di Zona 2015-2017, Ambito di Crema". */
  public abstract String title();

  /** A line under the title, e.g. the district and the as-of date. */
  public abstract Optional<String> subtitle();

  /** The language of the page chrome and number formats; Italian by default. */
  @Value.Default
  public ReportLanguage language() {
    return ReportLanguage.IT;
  }

  /** The date printed as the generation date. */
  public abstract LocalDate generatedOn();

  /** The key figures of the cover (metadata such as period, budget, objectives). */
  public abstract ImmutableList<KeyFigure> keyFigures();

  /** The sections, numbered in order. */
  public abstract ImmutableList<Section> sections();

  /** A builder. */
  public static ImmutableReportDocument.Builder builder() {
    return ImmutableReportDocument.builder();
  }
}
