package it.pianodizona.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.ValidationReport;
import it.pianodizona.rules.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
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
 * Lettura e validazione di un piano: one document, the same bytes every time, through five
 * paths: (a) Jackson's tree, the floor of any JSON path; (b) our strict read; (c) our read and
 * the full rule catalogue; (d) networknt's draft 2020-12 validation against our schema, from the
 * same bytes (parsed by Jackson, as a user of networknt would), the schema compiled once;
 * (e) the catalogue alone on a plan already loaded. {@link #networkntValidateTree()} is (d)
 * without the parsing, to show how the time of (d) divides; {@link #jacksonTokens()} is the
 * bare tokens under every path, which bounds how far ahead of (d) any reader can be.
 *
 * <p>The long warm-up is needed: see {@link RatioRunner}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 20, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PlanBenchmarks {

  /** {@code crema} (the real plan) or a synthetic plan of Crema's size scaled n times. */
  @Param({"1x", "10x", "100x", Workloads.CREMA})
  public String workload;

  private byte[] json;
  private ZonePlan plan;
  private ObjectMapper mapper;
  private Validator validator;
  private JsonSchema schema;
  private JsonNode tree;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    json = Workloads.json(workload);
    plan = PlanJson.read(json, workload + ".json");
    mapper = new ObjectMapper();
    validator = Workloads.validator();
    try (InputStream in = PlanJson.openSchema()) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    schema.initializeValidators();
    // Both validators must accept the document, or the comparison measures an error path.
    tree = mapper.readTree(json);
    Set<ValidationMessage> messages = schema.validate(tree);
    if (!messages.isEmpty()) {
      throw new IllegalStateException(workload + " does not match the schema: " + messages);
    }
    validator.validate(plan);
  }

  @Benchmark
  public JsonNode jacksonReadTree() throws IOException {
    return mapper.readTree(json);
  }

  /**
   * Every token of the document, with the text of every string and the value of every number,
   * and nothing built from them: the floor of any reader whose result holds the plan's strings.
   */
  @Benchmark
  public long jacksonTokens() throws IOException {
    long sum = 0;
    try (JsonParser p = mapper.getFactory().createParser(json)) {
      for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
        if (token == JsonToken.VALUE_STRING) {
          sum += p.getText().length();
        } else if (token.isNumeric()) {
          sum += p.getNumberValue().hashCode();
        }
      }
    }
    return sum;
  }

  @Benchmark
  public ZonePlan read() {
    return PlanJson.read(json, "plan.json");
  }

  @Benchmark
  public ValidationReport readValidate() {
    return validator.validate(PlanJson.read(json, "plan.json"));
  }

  @Benchmark
  public Set<ValidationMessage> networkntValidate() throws IOException {
    return schema.validate(mapper.readTree(json));
  }

  /** networknt's share of (d): the validation of a tree parsed beforehand. */
  @Benchmark
  public Set<ValidationMessage> networkntValidateTree() {
    return schema.validate(tree);
  }

  @Benchmark
  public ValidationReport validate() {
    return validator.validate(plan);
  }
}
