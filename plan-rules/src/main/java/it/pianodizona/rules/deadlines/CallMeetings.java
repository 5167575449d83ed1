package it.pianodizona.rules.deadlines;

import com.google.common.collect.ImmutableListMultimap;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.participation.CallKind;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.model.participation.ParticipationCall;
import it.pianodizona.model.participation.WorkTable;
import it.pianodizona.model.participation.WorkTableKind;
import it.pianodizona.rules.spi.PlanFact;
import java.util.List;
import java.util.Optional;

/**
 * Incontri per avviso: which meetings follow which call. A table belongs to the call it names;
 * a working table that names none belongs to the plan's only call for expressions of interest, if
 * it has exactly one. A plenary belongs to a call only when it names it: a plenary is often
 * convened by an open invitation of its own, not by the call for the tables (issue 17).
 */
final class CallMeetings {

  /** Meeting indexes by call id. */
  static final PlanFact<ImmutableListMultimap<String, Integer>> BY_CALL =
      PlanFact.of("meetings by call", CallMeetings::byCall);

  private CallMeetings() {}

  private static ImmutableListMultimap<String, Integer> byCall(ZonePlan plan) {
    Optional<String> soleCall = soleExpressionOfInterestCall(plan.participation().calls());
    ImmutableListMultimap.Builder<String, Integer> byCall = ImmutableListMultimap.builder();
    List<Meeting> meetings = plan.participation().meetings();
    for (int m = 0; m < meetings.size(); m++) {
      Optional<WorkTable> table = meetings.get(m).workTableId().map(plan.workTablesById()::get);
      if (table.isEmpty()) {
        continue;
      }
      Optional<String> call = table.get().kind() == WorkTableKind.PLENARY
          ? table.get().callId()
          : table.get().callId().or(() -> soleCall);
      if (call.isPresent()) {
        byCall.put(call.get(), m);
      }
    }
    return byCall.build();
  }

  private static Optional<String> soleExpressionOfInterestCall(List<ParticipationCall> calls) {
    List<ParticipationCall> eoi = calls.stream()
        .filter(c -> c.kind() == CallKind.EXPRESSION_OF_INTEREST).limit(2).toList();
    return eoi.size() == 1 ? Optional.of(eoi.get(0).id()) : Optional.empty();
  }
}
