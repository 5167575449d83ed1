package it.pianodizona.model.objective;

import it.pianodizona.model.common.PartialDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Tempi / scadenza: a step of an objective with its date, month or year, and the original
 * wording ("entro settembre 2015", "entro il primo anno").
 *
 * <p>The date is absent when the wording gives none that can be placed on a calendar.
 */
@Value.Immutable
public interface Milestone {

  String id();

  String description();

  @Value.Default
  default MilestoneKind kind() {
    return MilestoneKind.DEADLINE;
  }

  Optional<PartialDate> due();

  /** The document's words, e.g. "entro settembre 2015". */
  String statedAs();

  Optional<String> notes();

  static ImmutableMilestone.Builder builder() {
    return ImmutableMilestone.builder();
  }
}
