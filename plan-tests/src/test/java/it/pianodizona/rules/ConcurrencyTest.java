package it.pianodizona.rules;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.standard.StandardRules;
import it.pianodizona.testkit.mutators.Mutator;
import it.pianodizona.testkit.mutators.Mutators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One validator shared by many threads gives every thread the same reports it gives one thread. */
class ConcurrencyTest {

  @Test
  void oneValidatorManyThreadsIdenticalReports() throws Exception {
    List<ZonePlan> plans = new ArrayList<>();
    int pick = 0;
    for (Mutator mutator : Mutators.all()) {
      ZonePlan plan = PlanGenerator.generate(pick, PlanShape.cremaSized(pick % 2 == 0 ? Region.LOMBARDIA : Region.PUGLIA));
      plans.add(mutator.apply(plan, pick++).map(m -> m.plan()).orElse(plan));
    }
    Validator validator = StandardRules.validator(ValidationOptions.builder()
        .asOf(LocalDate.of(2022, 6, 30)).locale(Locale.ENGLISH).build());
    List<ValidationReport> expected = plans.stream().map(validator::validate).toList();
    assertThat(expected).anySatisfy(r -> assertThat(r.isEmpty()).isFalse());

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<ValidationReport>>> futures = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        int offset = t;
        Callable<List<ValidationReport>> task = () -> {
          List<ValidationReport> reports = new ArrayList<>(plans.size());
          for (int i = 0; i < plans.size(); i++) {
            int index = (i + offset) % plans.size();
            reports.add(null);
            reports.set(i, validator.validate(plans.get(index)));
          }
          return rotate(reports, offset);
        };
        futures.add(pool.submit(task));
      }
      for (Future<List<ValidationReport>> future : futures) {
        assertThat(future.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Undoes the rotation a task validated the plans in. */
  private static List<ValidationReport> rotate(List<ValidationReport> reports, int offset) {
    List<ValidationReport> ordered = new ArrayList<>(reports);
    for (int i = 0; i < reports.size(); i++) {
      ordered.set((i + offset) % reports.size(), reports.get(i));
    }
    return ordered;
  }
}
