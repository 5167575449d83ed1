package it.pianodizona.monitor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Attuazione delle azioni: how many of the plan's actions (of one objective, or of all) were not
 * started, under way, done, dropped or not reported in one year.
 */
@Value.Immutable
public interface ActionCompletion {

  /** Absent for all the actions of the plan. */
  Optional<String> objectiveId();

  Year year();

  int total();

  int notStarted();

  int underWay();

  int done();

  int dropped();

  int notReported();

  /** Done over the actions not dropped, in percent; absent when no action is left. */
  @Value.Derived
  default Optional<BigDecimal> completionPercent() {
    int kept = total() - dropped();
    if (kept <= 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(done() * 100L).divide(BigDecimal.valueOf(kept), 2, RoundingMode.HALF_EVEN));
  }

  static ImmutableActionCompletion.Builder builder() {
    return ImmutableActionCompletion.builder();
  }
}
