package it.pianodizona.benchmarks;

import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.Validator;
import it.pianodizona.rules.spi.Rule;
import it.pianodizona.rules.standard.StandardRules;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Crescita per regola: the CPU time of each standard rule alone on the synthetic plans of 1, 10
 * and 100 times Crema's size, and how it grows. A rule that scans a list for every element of
 * another grows about a hundred times for ten times the plan; a linear one about ten times.
 *
 * <p>From 10 to 100 times, where the plan no longer fits in the processor's caches, even linear
 * rules grow a little more than ten times; twenty times or more is flagged.
 *
 * <p>Each figure is the best of several rounds of this thread's CPU time, so that other work on
 * the machine inflates it as little as possible. Run it with
 * {@code java -cp benchmarks/target/benchmarks.jar it.pianodizona.benchmarks.RuleScaling}.
 */
public final class RuleScaling {

  private static final int[] FACTORS = {1, 10, 100};
  private static final int ROUNDS = 5;
  /** About the same CPU time per round for every size. */
  private static final int[] REPETITIONS = {2000, 200, 20};

  private record Row(String rule, double[] micros) {
    double growth(int from) {
      return micros[from + 1] / micros[from];
    }
  }

  private RuleScaling() {}

  public static void main(String[] args) {
    List<ZonePlan> plans = new ArrayList<>();
    for (int factor : FACTORS) {
      plans.add(PlanJson.read(Workloads.json(factor + "x"), factor + "x.json"));
    }
    Validator all = Workloads.validator();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Row> rows = new ArrayList<>();
    for (Rule rule : StandardRules.catalogue().rules()) {
      Validator one = Validator.of(all.catalogue().only(List.of(rule.id())), all.options());
      double[] micros = new double[FACTORS.length];
      for (int k = 0; k < FACTORS.length; k++) {
        double best = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
          long start = threads.getCurrentThreadCpuTime();
          for (int i = 0; i < REPETITIONS[k]; i++) {
            one.validate(plans.get(k));
          }
          best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / 1e3 / REPETITIONS[k]);
        }
        micros[k] = best;
      }
      rows.add(new Row(rule.id(), micros));
    }
    rows.sort(Comparator.comparingDouble((Row r) -> r.micros()[FACTORS.length - 1]).reversed());
    System.out.printf(Locale.ROOT, "%-46s %10s %10s %10s %8s %8s%n", "rule (CPU us per validation)",
        "1x", "10x", "100x", "10x/1x", "100x/10x");
    for (Row row : rows) {
      System.out.printf(Locale.ROOT, "%-46s %10.1f %10.1f %10.1f %8.1f %8.1f%s%n", row.rule(),
          row.micros()[0], row.micros()[1], row.micros()[2], row.growth(0), row.growth(1),
          row.growth(0) > 11 ? "  <- above the floor of 11" : row.growth(1) > 20 ? "  <- superlinear at 100x" : "");
    }
  }
}
