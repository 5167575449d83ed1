package it.pianodizona.rules.leps;

import it.pianodizona.registry.MunicipalityRegistry;
import it.pianodizona.rules.Severity;
import java.util.function.Supplier;

/**
 * At least one social worker (FTE) per 5,000 inhabitants but fewer than one per 4,000, in a plan
 * starting in 2021 or later: the level is met, the further target of L. 178/2020 c.797 is not.
 * An INFO. Silent without staffing or a population.
 */
final class SocialWorkersBelowTarget extends SocialWorkerRatioRule {

  SocialWorkersBelowTarget(Supplier<MunicipalityRegistry> registry) {
    super("SOCIAL_WORKERS_BELOW_TARGET", Severity.INFO, registry);
  }

  @Override
  boolean falls(SocialWorkers workers, int inhabitants) {
    return !workers.below(LEVEL, inhabitants) && workers.below(TARGET, inhabitants);
  }
}
