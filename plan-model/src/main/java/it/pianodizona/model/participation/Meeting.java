package it.pianodizona.model.participation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.common.SourceRef;
import it.pianodizona.model.common.Traceable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Incontro: a meeting of a work table or of a governance body, with its date, start time,
 * mode and place as far as they are stated.
 *
 * <p>The date may be known only to the month ("uno nel mese di settembre"); a meeting spread
 * over several days ("dal 23 al 28 aprile") has an end date.
 */
@Value.Immutable
public interface Meeting extends Traceable {

  String id();

  /** Title or agenda, e.g. "Analisi delle linee guida regionali". */
  Optional<String> title();

  /** The work table that meets. */
  Optional<String> workTableId();

  /** The governance body that meets. */
  Optional<String> governanceBodyId();

  Optional<String> phaseId();

  PartialDate date();

  /** The last day of a meeting spread over several days. */
  Optional<LocalDate> endDate();

  /** Ora di inizio, e.g. 16:30. */
  Optional<LocalTime> startTime();

  /** Ora di fine, e.g. 18:30, on the last day of the meeting (schema 1.1). */
  Optional<LocalTime> endTime();

  /**
   * Partecipanti: the parties (municipalities, organisations) that took part, as far as the
   * sources name them; counts of participants per kind are declared counts scoped to the meeting
   * (schema 1.1).
   */
  ImmutableList<String> participantIds();

  Optional<MeetingMode> mode();

  Optional<String> place();

  /** The document's own words for when it is, e.g. "29 settembre ore 16.30". */
  Optional<String> statedAs();

  static ImmutableMeeting.Builder builder() {
    return ImmutableMeeting.builder();
  }

  @Override
  Optional<String> notes();

  @Override
  ImmutableList<SourceRef> sources();

  @Value.Check
  default void check() {
    endDate().ifPresent(end -> checkArgument(!end.isBefore(date().earliest()),
        "meeting '%s' cannot end (%s) before it starts (%s)", id(), end, date()));
  }
}
