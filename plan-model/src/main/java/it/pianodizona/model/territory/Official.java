package it.pianodizona.model.territory;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.common.SourceRef;
import it.pianodizona.model.common.Traceable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Referente istituzionale / contatto: a person who leads or serves the plan's process — a mayor,
 * a councillor for social policies, the head of the planning office (responsabile dell'Ufficio
 * di Piano), the contact of a call — as a role of a party, with the name where the sources give
 * it (schema 1.1).
 */
@Value.Immutable
public interface Official extends Traceable {

  /** The person's name as printed, e.g. "Valeria Patelli"; absent where only the office is named. */
  Optional<String> name();

  OfficialRole role();

  /** The sources' words for the office, e.g. "presidente dell'assemblea consortile". */
  Optional<String> roleStatedAs();

  /** The party the office belongs to, e.g. the municipality of a mayor. */
  Optional<String> partyId();

  /** The governance body the office belongs to, e.g. the assembly a chair presides. */
  Optional<String> governanceBodyId();

  /** The call the person is the contact of. */
  Optional<String> callId();

  /** How to reach the person or office, as printed, e.g. "tel. 037520322". */
  Optional<String> contact();

  static ImmutableOfficial.Builder builder() {
    return ImmutableOfficial.builder();
  }

  @Override
  Optional<String> notes();

  @Override
  ImmutableList<SourceRef> sources();
}
