package it.pianodizona.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.pianodizona.io.Mutations.TreeEdit;
import it.pianodizona.io.Mutations.TreeKind;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.ValidationOptions;
import it.pianodizona.rules.ValidationReport;
import it.pianodizona.rules.Validator;
import it.pianodizona.rules.standard.StandardRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Concorrenza: one {@link Validator}, one {@link PlanReader} and one Jackson mapper with
 * {@link PlanModule}, shared by eight threads over two thousand plans, give exactly what one
 * thread gives — the same reports with the same findings in the same order, the same read
 * errors, the same plans from the mapper.
 *
 * <p>The plans are generated and then edited as the fuzz tests edit them (values swapped,
 * copied, tweaked, repeated, dropped), so that most are read and have findings, and some are
 * not read at all.
 */
class SharedValidatorConcurrencyTest {

  private static final int PLANS = 2_000;
  private static final int BASES = 100;
  private static final int THREADS = 8;

  private static final TreeKind[] VALUE_EDITS = {
    TreeKind.SWAP_VALUES, TreeKind.COPY_VALUE, TreeKind.TWEAK_NUMBER, TreeKind.TWEAK_STRING,
    TreeKind.DUPLICATE_ELEMENT, TreeKind.REMOVE_ELEMENT,
  };

  /** How one document ended: a report, or a read error shown as its one-line message. */
  record Outcome(Optional<ValidationReport> report, Optional<String> error) {}

  @Test
  void eightThreadsSharingOneValidatorReaderAndMapperGiveTheSequentialResults() throws Exception {
    List<byte[]> documents = documents();
    Validator validator = StandardRules.validator(ValidationOptions.builder().asOf(LocalDate.of(2022, 6, 30)).build());
    PlanReader reader = PlanJson.reader();
    ObjectMapper mapper = new ObjectMapper().registerModule(new PlanModule());

    Outcome[] sequential = new Outcome[documents.size()];
    for (int i = 0; i < documents.size(); i++) {
      sequential[i] = outcome(documents.get(i), reader, validator, Optional.empty());
    }

    Outcome[] concurrent = new Outcome[documents.size()];
    AtomicInteger next = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(pool.submit(() -> {
          start.await();
          int done = 0;
          for (int i = next.getAndIncrement(); i < documents.size(); i = next.getAndIncrement()) {
            concurrent[i] = outcome(documents.get(i), reader, validator, Optional.of(mapper));
            done++;
          }
          return done;
        }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> worker : workers) {
        total += worker.get();
      }
      assertThat(total).isEqualTo(documents.size());
    } finally {
      pool.shutdownNow();
    }

    for (int i = 0; i < documents.size(); i++) {
      assertThat(concurrent[i]).as("document %s", i).isEqualTo(sequential[i]);
    }
    long read = Arrays.stream(sequential).filter(o -> o.report().isPresent()).count();
    long withFindings = Arrays.stream(sequential).filter(o -> o.report().map(r -> !r.isEmpty()).orElse(false)).count();
    long distinctReports = Arrays.stream(sequential).map(Outcome::report).filter(Optional::isPresent).distinct().count();
    System.out.printf("concurrency: %d documents, %d read, %d with findings, %d different reports%n",
        documents.size(), read, withFindings, distinctReports);
    assertThat(read).as("documents read").isGreaterThan(PLANS / 2);
    assertThat(withFindings).as("documents with findings").isGreaterThan(PLANS / 4);
    assertThat(distinctReports).as("different reports").isGreaterThan(PLANS / 8);
    assertThat(read).as("documents not read").isLessThan(PLANS);
  }

  /** Read, validate and, in the threads, read again with the shared mapper, which must agree. */
  private static Outcome outcome(byte[] document, PlanReader reader, Validator validator,
      Optional<ObjectMapper> mapper) {
    ZonePlan plan;
    try {
      plan = reader.read(document, "plan.json").plan();
    } catch (PlanReadException e) {
      return new Outcome(Optional.empty(), Optional.of(e.getMessage()));
    }
    if (mapper.isPresent()) {
      try {
        assertThat(mapper.get().readValue(document, ZonePlan.class)).as("the mapper's plan").isEqualTo(plan);
      } catch (IOException e) {
        throw new UncheckedIOException("the mapper refused what the reader read", e);
      }
    }
    return new Outcome(Optional.of(validator.validate(plan)), Optional.empty());
  }

  /** A hundred generated plans of several sizes and regions, each edited in twenty ways. */
  private static List<byte[]> documents() {
    Region[] regions = {Region.LOMBARDIA, Region.PUGLIA, Region.EMILIA_ROMAGNA, Region.TOSCANA};
    List<byte[]> bases = new ArrayList<>(BASES);
    for (int i = 0; i < BASES; i++) {
      int size = 1 + i % 2;
      ZonePlan plan = PlanGenerator.generate(i, new PlanShape(regions[i % regions.length], size, 2 * size, size, size));
      bases.add(PlanJson.write(plan).getBytes(StandardCharsets.UTF_8));
    }
    List<byte[]> documents = new ArrayList<>(PLANS);
    for (int i = 0; i < PLANS; i++) {
      SplittableRandom random = new SplittableRandom(i);
      List<TreeEdit> edits = new ArrayList<>();
      for (int e = 1 + random.nextInt(3); e > 0; e--) {
        edits.add(new TreeEdit(VALUE_EDITS[random.nextInt(VALUE_EDITS.length)], random.nextDouble(),
            random.nextDouble(), random.nextInt(1 << 16)));
      }
      documents.add(Mutations.apply(bases.get(i % BASES), edits, i % 2 == 0));
    }
    return documents;
  }
}
