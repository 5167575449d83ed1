package it.pianodizona.io;

import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Quanti tentativi: the tries of each fuzz property, without jqwik's edge cases. {@code -Dpdz.fuzz.tries=N} sets them;
 * otherwise they are {@code jqwik.tries.default} (200 in a normal build, 100,000 under
 * {@code -Pfuzz}) but never fewer than {@link #FAST}, so that {@code ./mvnw verify} fuzzes a few
 * thousand documents in all without making every other property slower.
 */
public final class FuzzTries implements AroundPropertyHook {

  /** Tries of each fuzz property in a normal build. */
  static final int FAST = 600;

  static int tries() {
    Integer explicit = Integer.getInteger("pdz.fuzz.tries");
    if (explicit != null) {
      return explicit;
    }
    return Math.max(FAST, Integer.getInteger("jqwik.tries.default", 0));
  }

  /** Registered on the test class, the hook is for its properties. */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  /** Outside the hooks that read the attributes, as jqwik's own {@code @PropertyDefaults}. */
  @Override
  public int aroundPropertyProximity() {
    return -10;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    context.attributes().setTries(tries());
    // Edge cases (position 0, the end, empty edit lists) would make a fifth of the documents
    // empty or untouched; the corpus covers them one by one.
    context.attributes().setEdgeCases(EdgeCasesMode.NONE);
    return property.execute();
  }
}
