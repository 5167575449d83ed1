package it.pianodizona.report.diff;

import it.pianodizona.report.ReportLanguage;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Opzioni del rapporto di confronto: the language, the generation date (given, never read from a
 * clock), the names of the two versions (e.g. their file names) and the plan's title.
 */
@Value.Immutable
public abstract class PlanDiffOptions {

  /** Italian by default. */
  @Value.Default
  public ReportLanguage language() {
    return ReportLanguage.IT;
  }

  /** The date printed as the generation date. */
  public abstract LocalDate generatedOn();

  /** The name of the first version, e.g. its file name. */
  public abstract String beforeName();

  /** The name of the second version. */
  public abstract String afterName();

  /** The plan's title (of the second version), for the report's title. */
  public abstract Optional<String> planTitle();

  /** A builder. */
  public static ImmutablePlanDiffOptions.Builder builder() {
    return ImmutablePlanDiffOptions.builder();
  }
}
