package it.pianodizona.benchmarks;

import it.pianodizona.diff.PlanDiff;
import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.budget.ImmutableBudget;
import it.pianodizona.model.budget.ImmutableBudgetLine;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.objective.ImmutableObjective;
import it.pianodizona.model.objective.Objective;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Confronto di due versioni: {@code PlanDiff.between} on a plan and a draft of it with a few
 * edits of the kinds a consultation makes (an objective reworded, budget cells changed, an
 * objective moved to the front), the same few edits at every size, so that the time grows
 * only with the size of the plans: the ratio 10x / 1x shows whether matching stays linear.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 20, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class DiffBenchmark {

  /** {@code crema} (the real plan) or a synthetic plan of Crema's size scaled n times. */
  @Param({Workloads.CREMA, "1x", "10x"})
  public String workload;

  private ZonePlan before;
  private ZonePlan after;

  @Setup(Level.Trial)
  public void setUp() {
    before = PlanJson.read(Workloads.json(workload), workload + ".json");
    after = edited(before);
    if (PlanDiff.between(before, after).isEmpty()) {
      throw new IllegalStateException("the edited " + workload + " plan has no change");
    }
  }

  @Benchmark
  public PlanDiff diff() {
    return PlanDiff.between(before, after);
  }

  /** The plan with its middle objective reworded, its last moved first, and three budget cells raised. */
  static ZonePlan edited(ZonePlan plan) {
    List<Objective> objectives = new ArrayList<>(plan.objectives());
    int middle = objectives.size() / 2;
    Objective reworded = objectives.get(middle);
    objectives.set(middle, ImmutableObjective.copyOf(reworded).withTitle(reworded.title() + " e dei servizi"));
    objectives.add(0, objectives.remove(objectives.size() - 1));
    List<BudgetLine> lines = new ArrayList<>(plan.budget().lines());
    for (int k = 0; k < 3 && k < lines.size(); k++) {
      int at = k * lines.size() / 3;
      BudgetLine line = lines.get(at);
      lines.set(at, ImmutableBudgetLine.copyOf(line)
          .withAmount(Money.of(line.amount().map(Money::amount).orElse(BigDecimal.ZERO).add(new BigDecimal("1000.00")))));
    }
    return ImmutableZonePlan.copyOf(plan).withObjectives(objectives)
        .withBudget(ImmutableBudget.copyOf(plan.budget()).withLines(lines));
  }
}
