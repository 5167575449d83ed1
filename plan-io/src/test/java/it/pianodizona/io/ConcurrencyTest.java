package it.pianodizona.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.pianodizona.model.ZonePlan;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** One shared reader, writer and mapper serve many threads at once, with no state between reads. */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 20;

  @Test
  void concurrentReadsAndWritesWithOneSharedMapperAndReader() throws Exception {
    List<ZonePlan> plans = LongStream.range(0, 16).mapToObj(AnyPlans::generate).toList();
    List<String> texts = plans.stream().map(PlanJson::write).toList();
    ObjectMapper shared = new ObjectMapper().registerModule(new PlanModule());
    PlanReader lenient = PlanJson.reader().lenient();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Callable<Integer> work = () -> {
          int checked = 0;
          for (int round = 0; round < ROUNDS; round++) {
            int i = (thread * 7 + round) % plans.size();
            ZonePlan expected = plans.get(i);
            String text = texts.get(i);
            assertThat(PlanJson.read(text.getBytes(StandardCharsets.UTF_8), "p.json")).isEqualTo(expected);
            assertThat(shared.readValue(text, ZonePlan.class)).isEqualTo(expected);
            assertThat(PlanJson.write(shared.readValue(shared.writeValueAsString(expected), ZonePlan.class)))
                .isEqualTo(text);
            // Warnings of one read never leak into another.
            assertThat(lenient.read(text).warnings()).isEmpty();
            checked++;
          }
          return checked;
        };
        results.add(pool.submit(work));
      }
      for (Future<Integer> result : results) {
        assertThat(result.get()).isEqualTo(ROUNDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
