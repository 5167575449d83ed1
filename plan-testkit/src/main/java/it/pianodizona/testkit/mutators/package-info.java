/**
 * Mutatori: one per rule of the standard catalogue, each introducing into a valid plan exactly
 * the defect its rule must report, and telling where.
 *
 * <p>{@link it.pianodizona.testkit.mutators.Mutators#forRule(String)} gives the mutator of a
 * rule; {@link it.pianodizona.testkit.mutators.Mutator#apply(it.pianodizona.model.ZonePlan, int)}
 * returns a {@link it.pianodizona.testkit.mutators.Mutation}: the broken plan, the rule id that
 * must fire, the JSON Pointer of the finding and, for date-dependent defects, the as-of date to
 * validate with. {@link it.pianodizona.testkit.mutators.RuleTesting} validates as the kit's own
 * properties do and checks a mutation in one call. {@code docs/TESTKIT.md} lists the defect each
 * mutator introduces.
 */
package it.pianodizona.testkit.mutators;
