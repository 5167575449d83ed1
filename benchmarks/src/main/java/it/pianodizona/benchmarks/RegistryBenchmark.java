package it.pianodizona.benchmarks;

import it.pianodizona.registry.Municipality;
import it.pianodizona.registry.MunicipalityRegistry;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The load of the municipality registry (7,896 municipalities): the first lookup by code, which
 * the first validation that checks a code pays once (the file read and its lines indexed by
 * code), and the full load with the indexes by name, province and region as well.
 *
 * <p>{@code firstLookup} and {@code firstLoad} are what a program waits for: one in a fresh JVM,
 * nothing compiled yet, one fork per sample. {@code warmLoad} is the full load once the JIT has
 * compiled it, the floor the first figure falls to. Run briefly with
 * {@code java -jar benchmarks/target/benchmarks.jar RegistryBenchmark}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RegistryBenchmark {

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(value = 10)
  public Optional<Municipality> firstLookup() {
    return MunicipalityRegistry.load().byCode("019035");
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(value = 10)
  public MunicipalityRegistry firstLoad() {
    return fullLoad();
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(value = 1)
  public MunicipalityRegistry warmLoad() {
    return fullLoad();
  }

  /** The registry with every index built: {@code all()} builds those by name, province and region. */
  private static MunicipalityRegistry fullLoad() {
    MunicipalityRegistry registry = MunicipalityRegistry.load();
    registry.all();
    return registry;
  }
}
