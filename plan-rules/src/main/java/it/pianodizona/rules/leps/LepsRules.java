package it.pianodizona.rules.leps;

import com.google.common.collect.ImmutableList;
import it.pianodizona.registry.MunicipalityRegistry;
import it.pianodizona.rules.spi.Rule;
import java.util.function.Supplier;

/** Regole sui LEPS: the LEPS family, in catalogue order. */
public final class LepsRules {

  private LepsRules() {}

  /** The rules, deriving a population the plan does not state from ISTAT's list in plan-registry. */
  public static ImmutableList<Rule> all() {
    return all(MunicipalityRegistry::italy);
  }

  /** The rules, deriving a population the plan does not state from the registry this supplier gives. */
  public static ImmutableList<Rule> all(Supplier<MunicipalityRegistry> registry) {
    return ImmutableList.of(
        new SocialWorkersBelowLeps(registry),
        new SocialWorkersBelowTarget(registry),
        new EssentialLepsNotTagged());
  }
}
