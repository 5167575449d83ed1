package it.pianodizona.rules.integrity;

import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Riferimenti: reports every id that is not among the known ones, at the JSON Pointer of the
 * field that holds it; {@code what} names the kind of item as the message variant.
 */
final class References {

  private final RuleContext context;
  private final Set<String> known;
  private final String what;

  References(RuleContext context, Set<String> known, String what) {
    this.context = context;
    this.known = known;
    this.what = what;
  }

  void check(Optional<String> id, Pointer path) {
    if (id.isPresent() && !known.contains(id.get())) {
      context.finding(path).with("id", id.get()).variant(what).report();
    }
  }

  void checkAll(List<String> ids, Pointer path) {
    for (int i = 0; i < ids.size(); i++) {
      if (!known.contains(ids.get(i))) {
        context.finding(path.index(i)).with("id", ids.get(i)).variant(what).report();
      }
    }
  }
}
