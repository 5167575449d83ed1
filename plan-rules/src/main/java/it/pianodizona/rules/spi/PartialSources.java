package it.pianodizona.rules.spi;

import it.pianodizona.model.SourceKind;
import it.pianodizona.model.ZonePlan;
import java.util.Locale;

/**
 * Fonti parziali: whether a plan was encoded from a source that is not the full plan — a
 * summary, a call or a press release ({@link ZonePlan#sourceKind()}). Completeness rules report
 * what such a source leaves out as INFO, saying why: the gap is in the source, not the plan.
 */
public final class PartialSources {

  private PartialSources() {}

  public static boolean isPartial(ZonePlan plan) {
    return plan.sourceKind().filter(kind -> kind != SourceKind.FULL_PLAN).isPresent();
  }

  /** The kind of source as findings show it, e.g. {@code summary}, {@code press}. */
  public static String kind(ZonePlan plan) {
    return plan.sourceKind().map(kind -> kind.name().toLowerCase(Locale.ROOT)).orElse("full_plan");
  }
}
