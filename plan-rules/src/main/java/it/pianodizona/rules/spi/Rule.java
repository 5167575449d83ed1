package it.pianodizona.rules.spi;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.RuleDescriptor;

/**
 * Regola: one check of a plan, with a stable id and a legal or documentary reference.
 *
 * <p>A rule reads the plan and reports what it finds through the {@link RuleContext}; it never
 * throws for a bad plan. Rules are stateless and shared by every thread that validates. A rule
 * should be linear in the plan's size: look items up through the plan's indexes
 * ({@code partiesById()}, {@code objectivesById()}, ...) instead of nested scans, and take what
 * several rules derive from the plan (sums, groupings) from a shared {@link PlanFact}.
 */
public interface Rule {

  RuleDescriptor descriptor();

  /** Checks the plan and reports findings through the context. */
  void check(ZonePlan plan, RuleContext context);

  /** The rule's id, as in its descriptor. */
  default String id() {
    return descriptor().id();
  }
}
