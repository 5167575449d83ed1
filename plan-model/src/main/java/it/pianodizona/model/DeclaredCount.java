package it.pianodizona.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.common.SourceRef;
import it.pianodizona.model.participation.WorkTableKind;
import it.pianodizona.model.territory.OrganisationKind;
import java.util.EnumSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Numero dichiarato: a count as a document states it ("27 comuni", "5 aree di policy"), kept
 * apart from the items actually listed so that a rule can compare the two.
 *
 * <p>A count counts one kind of thing: "6 tavoli tematici" counts thematic tables, not the
 * co-programming table ({@link #workTableKind()}); "36 enti del terzo settore" counts
 * third-sector organisations ({@link #participantKind()}). Participation figures ("249
 * partecipanti, 36 enti del terzo settore, 27 ore") are declared counts too, of the whole process
 * or, through {@link #scopeId()}, of one meeting, table or phase (schema 1.1).
 */
@Value.Immutable
public interface DeclaredCount {

  CountedSubject subject();

  int value();

  /** What the count is restricted to, e.g. a sub-district or phase id; absent for the plan. */
  Optional<String> scopeId();

  /** The document's words, e.g. "27 comuni del casalasco e Viadanese". */
  String statedAs();

  /**
   * Tipo di tavolo contato: the kind of table a count of tables (or of meetings per table)
   * counts, e.g. thematic for "6 tavoli tematici"; absent where the document does not say
   * (schema 1.1).
   */
  Optional<WorkTableKind> workTableKind();

  /**
   * Tipo di partecipante contato: the kind of participant a count of participants or of
   * organisations counts, e.g. third sector for "36 enti del terzo settore", citizens for "120
   * cittadini"; absent where the document does not say (schema 1.1).
   */
  Optional<OrganisationKind> participantKind();

  ImmutableList<SourceRef> sources();

  static ImmutableDeclaredCount.Builder builder() {
    return ImmutableDeclaredCount.builder();
  }

  @Value.Check
  default void check() {
    checkArgument(value() >= 0, "a declared count cannot be negative, got %s", value());
    checkArgument(workTableKind().isEmpty()
            || EnumSet.of(CountedSubject.WORK_TABLES, CountedSubject.MEETINGS_PER_TABLE).contains(subject()),
        "a count of %s cannot name a kind of table", subject());
    checkArgument(participantKind().isEmpty()
            || EnumSet.of(CountedSubject.PARTICIPANTS, CountedSubject.ORGANISATIONS).contains(subject()),
        "a count of %s cannot name a kind of participant", subject());
  }
}
