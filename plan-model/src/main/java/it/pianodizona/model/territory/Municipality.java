package it.pianodizona.model.territory;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import it.pianodizona.model.common.SourceRef;
import it.pianodizona.model.common.Traceable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Comune: a member municipality of the district, identified by its ISTAT code where known.
 */
@Value.Immutable
public abstract class Municipality implements Party, Traceable {

  private static final CharMatcher DIGITS = CharMatcher.inRange('0', '9');

  @Override
  public abstract String id();

  @Override
  public abstract String name();

  /** The six-digit ISTAT code, e.g. {@code 019035} for Crema. */
  public abstract Optional<String> istatCode();

  /** The sub-district (sub ambito) the municipality belongs to. */
  public abstract Optional<String> subDistrictId();

  @Override
  public abstract Optional<String> notes();

  @Override
  public abstract ImmutableList<SourceRef> sources();

  @Override
  public final OrganisationKind kind() {
    return OrganisationKind.MUNICIPALITY;
  }

  public static ImmutableMunicipality.Builder builder() {
    return ImmutableMunicipality.builder();
  }

  @Value.Check
  protected void check() {
    istatCode().ifPresent(code -> checkArgument(code.length() == 6 && DIGITS.matchesAllOf(code),
        "an ISTAT municipality code has six digits, got '%s'", code));
  }
}
