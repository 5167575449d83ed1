package it.pianodizona.model.participation;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.common.LegalReference;
import it.pianodizona.model.common.SourceRef;
import it.pianodizona.model.common.Traceable;
import it.pianodizona.model.territory.OrganisationKind;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Avviso / manifestazione d'interesse: a public call inviting the actors of the territory to
 * take part in drawing up the plan, with its deadline, annexes and the applicants it admits.
 */
@Value.Immutable
public interface ParticipationCall extends Traceable {

  String id();

  String title();

  CallKind kind();

  /** The party (municipality or organisation) that issues the call. */
  Optional<String> issuerId();

  /** Protocol number, e.g. "1013". */
  Optional<String> protocolNumber();

  Optional<LocalDate> publicationDate();

  /** Deadline for expressions of interest. */
  Optional<LocalDate> deadline();

  ImmutableList<Annex> annexes();

  /** The kinds of body the call admits, as far as the call names them. */
  ImmutableList<OrganisationKind> eligibleApplicantKinds();

  /** The call's own wording of who may apply. */
  Optional<String> eligibleApplicantsStatedAs();

  /** The norms the call cites as its basis. */
  ImmutableList<LegalReference> legalBasis();

  /** The act that started the procedure, e.g. a board resolution. */
  Optional<LegalReference> adoptingAct();

  /** Where applications are submitted or the call is published. */
  Optional<String> url();

  /** Who signed the call, e.g. "La Direttrice dell'Ufficio di Piano". */
  Optional<String> signedBy();

  static ImmutableParticipationCall.Builder builder() {
    return ImmutableParticipationCall.builder();
  }

  @Override
  Optional<String> notes();

  @Override
  ImmutableList<SourceRef> sources();
}
