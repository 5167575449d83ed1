package it.pianodizona.rules.territory;

import com.google.common.collect.ImmutableList;
import it.pianodizona.registry.MunicipalityRegistry;
import it.pianodizona.rules.spi.Rule;
import java.util.function.Supplier;

/** Regole sul territorio: the territory family, in catalogue order. */
public final class TerritoryRules {

  private TerritoryRules() {}

  /** The rules against ISTAT's list shipped in plan-registry, loaded when a rule first needs it. */
  public static ImmutableList<Rule> all() {
    return all(MunicipalityRegistry::italy);
  }

  /**
   * The rules against the registry this supplier gives; it is asked at every validation that
   * needs it, so it should return one shared registry.
   */
  public static ImmutableList<Rule> all(Supplier<MunicipalityRegistry> registry) {
    return ImmutableList.of(
        new UnknownIstatCode(registry),
        new IstatNameMismatch(registry),
        new MunicipalityOutsideRegion(registry),
        new DuplicateMunicipality(),
        new NonMemberMunicipalityInAgreement());
  }
}
