package it.pianodizona.benchmarks;

import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.ValidationOptions;
import it.pianodizona.rules.Validator;
import it.pianodizona.rules.standard.StandardRules;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Carichi di lavoro: the JSON documents every benchmark reads, built once and byte for byte the
 * same in every run: the real Crema 2015-2017 plan and synthetic plans of Crema's size scaled
 * 1, 10 and 100 times, each written canonically by {@link PlanJson#write(ZonePlan)}.
 */
public final class Workloads {

  /** The real plan, as bundled in {@code examples/plans}. */
  public static final String CREMA = "crema";

  /** The seed of the single synthetic plans; any fixed value will do. */
  static final long SEED = 2015;

  /**
   * The day plans are judged at: fixed, so that the rules depending on today (overdue
   * milestones) run on every plan and every run does the same work.
   */
  static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

  private static final String CREMA_RESOURCE = "/it/pianodizona/benchmarks/plans/crema-2015-2017.json";

  private Workloads() {}

  /**
   * The JSON of a workload: {@value #CREMA} or a scale factor written {@code 1x}, {@code 10x},
   * {@code 100x}.
   */
  public static byte[] json(String workload) {
    if (CREMA.equals(workload)) {
      return cremaJson();
    }
    if (!workload.endsWith("x")) {
      throw new IllegalArgumentException("unknown workload '" + workload + "': crema or <n>x");
    }
    int factor = Integer.parseInt(workload.substring(0, workload.length() - 1));
    return synthetic(SEED, Region.LOMBARDIA, factor);
  }

  /** The canonical JSON of the synthetic plan of this seed, region and scale. */
  public static byte[] synthetic(long seed, Region region, int factor) {
    ZonePlan plan = PlanGenerator.generate(seed, PlanShape.scaled(region, factor));
    return PlanJson.write(plan).getBytes(StandardCharsets.UTF_8);
  }

  /** The real Crema 2015-2017 plan as bundled. */
  public static byte[] cremaJson() {
    try (InputStream in = Workloads.class.getResourceAsStream(CREMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the Crema plan is missing from the jar: " + CREMA_RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The full standard catalogue, as-of {@link #AS_OF}: no rule is turned off. */
  public static Validator validator() {
    return StandardRules.validator(ValidationOptions.builder().asOf(AS_OF).build());
  }
}
