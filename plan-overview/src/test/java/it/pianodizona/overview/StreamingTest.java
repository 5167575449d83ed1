package it.pianodizona.overview;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.Region;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overview keeps rows, never plans: its memory does not grow with the size of the plans. */
class StreamingTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  @Test
  void aSummarisedPlanCanBeCollected() throws InterruptedException {
    PlanSummariser summariser = PlanSummariser.standard(AS_OF);
    ZonePlan plan = PlanGenerator.generate(7, PlanShape.cremaSized(Region.LOMBARDIA));
    WeakReference<ZonePlan> weak = new WeakReference<>(plan);
    Overview.Builder overview = Overview.builder(AS_OF);
    overview.add(summariser.summarise(plan, "generated"));
    plan = null;
    for (int i = 0; i < 50 && weak.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertThat(weak.get()).as("the plan is still reachable after its row was made").isNull();
    assertThat(overview.build().rows()).hasSize(1);
  }

  @Test
  void aRowHoldsNoModelObjectThatCouldKeepAPlanAlive() {
    for (var method : PlanRow.class.getMethods()) {
      assertThat(method.getReturnType()).isNotEqualTo(ZonePlan.class);
    }
    for (Field field : ImmutablePlanRow.class.getDeclaredFields()) {
      assertThat(field.getType().getName()).doesNotStartWith("it.pianodizona.model.ZonePlan")
          .doesNotStartWith("it.pianodizona.model.territory.District");
    }
  }

  @Test
  void manyFilesOnSeveralThreadsGiveOneRowEachAndReportProgress(@TempDir Path dir) throws IOException {
    for (int i = 0; i < 24; i++) {
      PlanJson.write(PlanGenerator.generate(i, PlanShape.cremaSized(Region.values()[i % 5])),
          dir.resolve(String.format("plan-%02d.json", i)));
    }
    Files.writeString(dir.resolve("plan-broken.json"), "{ \"id\": ");
    List<Integer> progress = new ArrayList<>();
    AtomicInteger callers = new AtomicInteger();
    Thread caller = Thread.currentThread();
    Overview overview = PlanSummariser.standard(AS_OF).overview(
        PlanFinder.find(List.of(dir), false).files(), 3, done -> {
          progress.add(done);
          if (Thread.currentThread() == caller) {
            callers.incrementAndGet();
          }
        });
    assertThat(overview.rows()).hasSize(25);
    assertThat(overview.rows().stream().filter(r -> !r.isReadable())).hasSize(1);
    assertThat(progress).hasSize(25).isSorted().endsWith(25);
    assertThat(callers.get()).isEqualTo(25);
    assertThat(overview.rows().stream().filter(PlanRow::isReadable))
        .allMatch(r -> r.population().isPresent() && r.budgetPerInhabitant().isPresent());
  }

  @Test
  void theBuilderIsSafeFromManyThreads() throws InterruptedException {
    Overview.Builder builder = Overview.builder(AS_OF);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int base = t * 1000;
      threads.add(new Thread(() -> {
        for (int i = 0; i < 1000; i++) {
          builder.add(PlanRow.unreadable("f" + (base + i), ReadFailure.of("f", "x", "x")));
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    assertThat(builder.build().rows()).hasSize(4000);
  }
}
