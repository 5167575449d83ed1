package it.pianodizona.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.common.SourceRef;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Numero dichiarato: a count as a document states it ("27 comuni", "5 aree di policy"), kept
 * apart from the items actually listed so that a rule can compare the two.
 */
@Value.Immutable
public interface DeclaredCount {

  CountedSubject subject();

  int value();

  /** What the count is restricted to, e.g. a sub-district or phase id; absent for the plan. */
  Optional<String> scopeId();

  /** The document's words, e.g. "27 comuni del casalasco e Viadanese". */
  String statedAs();

  ImmutableList<SourceRef> sources();

  static ImmutableDeclaredCount.Builder builder() {
    return ImmutableDeclaredCount.builder();
  }

  @Value.Check
  default void check() {
    checkArgument(value() >= 0, "a declared count cannot be negative, got %s", value());
  }
}
