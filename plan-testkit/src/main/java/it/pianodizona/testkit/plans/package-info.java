/**
 * Piani generati: valid, realistic zone plans for property tests, and the skeleton of a real one.
 *
 * <ul>
 *   <li>{@link it.pianodizona.testkit.plans.PlanArbitraries}: jqwik arbitraries of whole plans
 *       and of their parts (districts, objectives, budgets, participation, governance bodies,
 *       agreements), by region and size ({@link it.pianodizona.testkit.plans.PlanShape});
 *   <li>{@link it.pianodizona.testkit.plans.GeneratedPlan}: {@code @ForAll ZonePlan} without a
 *       provider method, narrowed by region and size;
 *   <li>{@link it.pianodizona.testkit.plans.PlanGenerator}: the same plans from a seed, without
 *       jqwik (benchmarks, fixtures);
 *   <li>{@link it.pianodizona.testkit.plans.CremaSkeleton}: the Crema 2015-2017 plan's
 *       objectives, budget and agreement, copied from the document.
 * </ul>
 *
 * <p>"Valid" means no finding of any rule of the standard catalogue, as of the plan's first
 * day, in Italian and in English.
 */
package it.pianodizona.testkit.plans;
