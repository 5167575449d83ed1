package it.pianodizona.rules.spi;

import static com.google.common.base.Preconditions.checkArgument;

import it.pianodizona.model.ZonePlan;
import java.util.Objects;
import java.util.function.Function;

/**
 * Dato derivato del piano: a value computed from the plan alone (budget sums, meetings grouped by
 * call, seats grouped by rule) that several rules need. Within one validation it is computed at
 * most once, by the first rule that asks {@link RuleContext#fact(PlanFact)}, and shared by the
 * rules that ask after it; the next validation computes it again.
 *
 * <p>Declare a fact as a constant: the constant itself is the key, so two facts with the same
 * name and function are still two facts. The function must depend on the plan alone, return an
 * immutable value (it is shared by rules) and not return {@code null}; when it throws, the rule
 * that asked fails as if it had thrown itself, and the next rule that asks computes it again.
 *
 * @param <T> the type of the value
 */
public final class PlanFact<T> {

  private final String name;
  private final Function<ZonePlan, ? extends T> compute;

  private PlanFact(String name, Function<ZonePlan, ? extends T> compute) {
    checkArgument(!name.isBlank(), "a plan fact needs a name");
    this.name = name;
    this.compute = Objects.requireNonNull(compute, "compute");
  }

  /** A fact named {@code name} (for messages and debugging) computed by {@code compute}. */
  public static <T> PlanFact<T> of(String name, Function<ZonePlan, ? extends T> compute) {
    return new PlanFact<>(name, compute);
  }

  public String name() {
    return name;
  }

  T computeFor(ZonePlan plan) {
    return Objects.requireNonNull(compute.apply(plan), () -> "plan fact '" + name + "' computed null");
  }

  @Override
  public String toString() {
    return "PlanFact[" + name + "]";
  }
}
