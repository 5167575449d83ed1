package it.pianodizona.model.agreement;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.common.LegalReference;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.model.common.SourceRef;
import it.pianodizona.model.common.Traceable;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Accordo di programma: the agreement by which the municipalities and the health authority
 * adopt the plan (L. 328/2000 art. 19 c.2), with its signatories, adherents, signature date,
 * duration and the regional deadline for signing.
 */
@Value.Immutable
public interface ProgrammeAgreement extends Traceable {

  String id();

  Optional<String> title();

  /** The plan the agreement adopts. */
  String adoptsPlanId();

  /** Ente capofila dell'accordo. */
  Optional<String> leadPartyId();

  ImmutableList<Signatory> signatories();

  /**
   * Sottoscrittori non indicati: the sources do not state who signs (a press release, a call),
   * which is not the same as an agreement with no signatory; then {@link #signatories()} is
   * empty (schema 1.1).
   */
  @Value.Default
  default boolean signatoriesNotStated() {
    return false;
  }

  /**
   * Strumento di adozione: accordo di programma, conferenza di servizi or another instrument;
   * absent where the sources do not say (schema 1.1).
   */
  Optional<AgreementInstrument> instrument();

  ImmutableList<Adherent> adherents();

  Optional<LocalDate> signatureDate();

  /** Durata: the period the agreement is in force. */
  Optional<PlanPeriod> validity();

  /** The date by which the region requires the agreement to be signed. */
  Optional<LocalDate> regionalSignatureDeadline();

  ImmutableList<LegalReference> legalBasis();

  static ImmutableProgrammeAgreement.Builder builder() {
    return ImmutableProgrammeAgreement.builder();
  }

  @Override
  Optional<String> notes();

  @Override
  ImmutableList<SourceRef> sources();

  @Value.Check
  default void check() {
    checkArgument(!signatoriesNotStated() || signatories().isEmpty(),
        "agreement '%s' lists signatories but says they are not stated", id());
  }
}
