package it.pianodizona.model.participation;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** Allegato: an annex of a participation call, with its own deadline where it has one. */
@Value.Immutable
public interface Annex {

  String id();

  /** The annex label in the call, e.g. "A". */
  String code();

  String title();

  AnnexKind kind();

  /** Entro quando: the date by which the annex is to be returned. */
  Optional<LocalDate> deadline();

  /** What the annex is for, in the call's words. */
  Optional<String> purpose();

  static ImmutableAnnex.Builder builder() {
    return ImmutableAnnex.builder();
  }
}
