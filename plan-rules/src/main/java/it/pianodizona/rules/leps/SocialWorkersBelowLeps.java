package it.pianodizona.rules.leps;

import it.pianodizona.registry.MunicipalityRegistry;
import it.pianodizona.rules.Severity;
import java.util.function.Supplier;

/**
 * Fewer than one social worker (FTE) per 5,000 inhabitants in a plan starting in 2021 or later:
 * below the essential level of L. 178/2020 c.797. A WARNING: the level binds the district, and
 * it is the figure regions and the ministry follow. Silent without staffing or a population.
 */
final class SocialWorkersBelowLeps extends SocialWorkerRatioRule {

  SocialWorkersBelowLeps(Supplier<MunicipalityRegistry> registry) {
    super("SOCIAL_WORKERS_BELOW_LEPS", Severity.WARNING, registry);
  }

  @Override
  boolean falls(SocialWorkers workers, int inhabitants) {
    return workers.below(LEVEL, inhabitants);
  }
}
