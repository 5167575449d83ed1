package it.pianodizona.model.participation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Manifestazione d'interesse: a party's answer to a participation call, naming the work tables
 * it wants to join.
 */
@Value.Immutable
public interface ExpressionOfInterest {

  String id();

  String callId();

  /** The party that expressed interest. */
  String partyId();

  Optional<LocalDate> receivedOn();

  ImmutableList<String> workTableIds();

  Optional<String> notes();

  static ImmutableExpressionOfInterest.Builder builder() {
    return ImmutableExpressionOfInterest.builder();
  }
}
