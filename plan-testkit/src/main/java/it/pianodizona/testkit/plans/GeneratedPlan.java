package it.pianodizona.testkit.plans;

import it.pianodizona.model.territory.Region;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Piano generato: narrows the plans jqwik generates for a {@code @ForAll ZonePlan} parameter
 * that has no provider of its own.
 *
 * <pre>{@code
 * @Property
 * void aLombardiaPlan(@ForAll @GeneratedPlan(region = Region.LOMBARDIA) ZonePlan plan) { ... }
 *
 * @Property
 * void smallPlansAnywhere(@ForAll @GeneratedPlan(maxObjectives = 3) ZonePlan plan) { ... }
 * }</pre>
 *
 * <p>Without the annotation a {@code @ForAll ZonePlan} is a Crema-sized plan in any profiled
 * region ({@link PlanArbitraries#plans()}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface GeneratedPlan {

  /** The regions to draw from; none (the default) means every profiled region. */
  Region[] region() default {};

  /**
   * The largest number of objectives: plans then range from one objective and one municipality
   * up to this size ({@link PlanArbitraries#plansUpTo(int)}). Zero (the default) means
   * Crema-sized plans: 10 objectives, 24 municipalities, 6 sub-districts.
   */
  int maxObjectives() default 0;
}
