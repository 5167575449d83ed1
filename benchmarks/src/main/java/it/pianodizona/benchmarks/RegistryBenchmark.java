package it.pianodizona.benchmarks;

import it.pianodizona.registry.MunicipalityRegistry;
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
 * The full load of the municipality registry (7,896 municipalities, their indexes by code, name,
 * province and region), which the first validation that checks a code pays once.
 *
 * <p>{@code firstLoad} is what that validation waits for: one load in a fresh JVM, nothing
 * compiled yet, one fork per sample. {@code warmLoad} is the same work once the JIT has
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
  public MunicipalityRegistry firstLoad() {
    return MunicipalityRegistry.load();
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(value = 1)
  public MunicipalityRegistry warmLoad() {
    return MunicipalityRegistry.load();
  }
}
