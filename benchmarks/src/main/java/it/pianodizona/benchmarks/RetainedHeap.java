package it.pianodizona.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jol.info.GraphLayout;

/**
 * Memoria trattenuta: the heap a loaded plan keeps alive, per byte of its JSON.
 *
 * <p>The measure is JOL's walk of the object graph reachable from the plan ({@link
 * GraphLayout#totalSize()}), taken after the plan has been validated, so that the indexes the
 * model builds lazily on first use are counted too. Objects the plan shares with the rest of the
 * JVM (enum constants, empty collections) are counted as if they were its own, which can only
 * overstate. Where JOL cannot run, the fallback is the growth of the used heap after full
 * collections while holding many copies of the plan, and the result says so.
 */
final class RetainedHeap {

  /** One measure: the retained bytes, the JSON bytes, and how the retained bytes were found. */
  record Measure(String workload, long retainedBytes, long jsonBytes, long compactJsonBytes, String method) {
    double perJsonByte() {
      return (double) retainedBytes / jsonBytes;
    }

    /** Per byte of the same JSON without indentation: the plan files are indented. */
    double perCompactJsonByte() {
      return (double) retainedBytes / compactJsonBytes;
    }
  }

  private static final int COPIES = 40;

  private RetainedHeap() {}

  static Measure of(String workload, byte[] json) {
    ZonePlan plan = PlanJson.read(json, workload + ".json");
    Workloads.validator().validate(plan); // fills the lazy indexes a validated plan holds
    long compact = compactLength(json);
    try {
      return new Measure(workload, GraphLayout.parseInstance(plan).totalSize(), json.length, compact, "JOL GraphLayout");
    } catch (RuntimeException | LinkageError e) {
      System.out.println("# JOL is unavailable here (" + e + "); measuring by heap growth instead");
      return new Measure(workload, byHeapGrowth(json), json.length, compact, "heap growth after GC (JOL unavailable)");
    }
  }

  private static long compactLength(byte[] json) {
    try {
      ObjectMapper mapper = new ObjectMapper();
      return mapper.writeValueAsBytes(mapper.readTree(json)).length;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long byHeapGrowth(byte[] json) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    List<ZonePlan> held = new ArrayList<>(COPIES);
    for (int i = 0; i < COPIES; i++) {
      ZonePlan plan = PlanJson.read(json, "copy-" + i + ".json");
      Workloads.validator().validate(plan);
      held.add(plan);
    }
    long after = usedAfterGc(memory);
    long perPlan = (after - before) / held.size();
    held.clear();
    return perPlan;
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
