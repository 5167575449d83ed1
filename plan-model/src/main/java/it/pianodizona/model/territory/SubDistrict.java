package it.pianodizona.model.territory;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.common.SourceRef;
import it.pianodizona.model.common.Traceable;
import java.util.Optional;
import org.immutables.value.Value;

/** Sub ambito: a part of the district with its own work tables or representatives, e.g. Casalasco. */
@Value.Immutable
public interface SubDistrict extends Traceable {

  String id();

  String name();

  static ImmutableSubDistrict.Builder builder() {
    return ImmutableSubDistrict.builder();
  }

  @Override
  Optional<String> notes();

  @Override
  ImmutableList<SourceRef> sources();
}
