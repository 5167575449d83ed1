package it.pianodizona.monitor;

import java.time.Year;
import org.immutables.value.Value;

/**
 * Valutazione dell'obiettivo: the roll-up of one objective in one year: its indicators'
 * attainments counted, one overall attainment, its spending and its actions.
 *
 * <p>The overall attainment is {@code MET} when every indicator due is met, {@code PARTLY_MET}
 * when some due are met (or partly), {@code NOT_MET} when none due is met and one is not met,
 * {@code NO_DATA} when nothing due was measured, {@code NOT_YET_DUE} when nothing is due yet,
 * and {@code NO_TARGET} when no indicator has a target.
 */
@Value.Immutable
public interface ObjectiveAssessment {

  String objectiveId();

  String code();

  String title();

  Year year();

  Attainment attainment();

  int met();

  int partlyMet();

  int notMet();

  int noData();

  int notYetDue();

  int noTarget();

  SpendingExecution spending();

  ActionCompletion actions();

  static ImmutableObjectiveAssessment.Builder builder() {
    return ImmutableObjectiveAssessment.builder();
  }
}
