package it.pianodizona.model.territory;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.common.SourceRef;
import it.pianodizona.model.common.Traceable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Soggetto / ente: an organisation involved in the plan other than a member municipality:
 * health authority, healthcare trust, consortium company, school, parish, third-sector entity
 * (ente del Terzo Settore, with its kind and RUNTS section), trade union and so on.
 *
 * <p>A third-sector kind or a RUNTS section on an organisation that is not of kind
 * {@link OrganisationKind#THIRD_SECTOR} is a contradiction and is rejected.
 */
@Value.Immutable
public abstract class Organisation implements Party, Traceable {

  @Override
  public abstract String id();

  @Override
  public abstract String name();

  @Override
  public abstract OrganisationKind kind();

  /** Short name as used in documents, e.g. "ConCaSS", "ATS Val Padana". */
  public abstract Optional<String> shortName();

  /** For a third-sector entity: its kind under CTS art. 4. */
  public abstract Optional<ThirdSectorKind> thirdSectorKind();

  /** For a third-sector entity: the RUNTS section it is enrolled in; absent if not enrolled or not known. */
  public abstract Optional<RuntsSection> runtsSection();

  /** A municipality of the district this organisation belongs to or is based in. */
  public abstract Optional<String> municipalityId();

  /** Forma giuridica: the legal form, where the document states it. */
  public abstract Optional<LegalForm> legalForm();

  /**
   * Forma giuridica come scritta: the legal form in the document's words, e.g. "a.s.c." or
   * "cooperativa sociale di tipo B".
   */
  public abstract Optional<String> legalFormStatedAs();

  @Override
  public abstract Optional<String> notes();

  @Override
  public abstract ImmutableList<SourceRef> sources();

  public static ImmutableOrganisation.Builder builder() {
    return ImmutableOrganisation.builder();
  }

  /** Whether this is a third-sector entity (ETS) as declared, enrolled or not. */
  public boolean isThirdSectorEntity() {
    return kind() == OrganisationKind.THIRD_SECTOR;
  }

  @Value.Check
  protected void check() {
    checkArgument(isThirdSectorEntity() || thirdSectorKind().isEmpty(),
        "organisation '%s' has a third-sector kind but is of kind %s", id(), kind());
    checkArgument(isThirdSectorEntity() || runtsSection().isEmpty(),
        "organisation '%s' has a RUNTS section but is of kind %s", id(), kind());
  }
}
