package it.pianodizona.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.Region;
import it.pianodizona.testkit.monitoring.MonitoringGenerator;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lo schema vale ovunque: the shipped JSON Schemas reach the reader's verdict in the validators
 * integrators use — networknt (Java), Ajv2020 with ajv-formats (JavaScript, installed from the npm
 * registry with {@code npm ci} from the committed lock file) and Python's {@code jsonschema}, which
 * read JSON numbers as binary doubles — on the bundled plans, thousands of generated ones and the
 * hostile corpus.
 *
 * <p>A document the reader reads must validate in every validator. A document the reader refuses
 * must be refused by the validator too, unless the refusal is one the schema cannot state (see
 * {@link #beyondTheSchema}): the cents of an amount, a date that does not exist, a rule across
 * fields, the read limits, what is not JSON for the reader.
 *
 * <p>Without {@code node} the ajv comparison is skipped with a message, and fails when {@code CI=true};
 * without Python's {@code jsonschema} module its comparison is skipped.
 */
class PortableSchemaTest {

  private static final Path WORK = Path.of("target/portable-schema");
  private static final Path PLANS = WORK.resolve("plans");
  private static final Path MONITORING = WORK.resolve("monitoring");
  private static final Path PLAN_SCHEMA = WORK.resolve("zone-plan.schema.json");
  private static final Path MONITORING_SCHEMA = WORK.resolve("monitoring.schema.json");
  private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));
  private static final int GENERATED_PLANS = 2_000;
  private static final int ARBITRARY_PLANS = 500;
  private static final int GENERATED_MONITORING = 300;

  /** The reader's verdict on each file: empty when it reads, else its refusal. */
  private static final Map<String, Verdict> PLAN_VERDICTS = new TreeMap<>();
  private static final Map<String, Verdict> MONITORING_VERDICTS = new TreeMap<>();

  record Verdict(boolean valid, ReadErrorKind kind, String message) {
    static Verdict of(Runnable read) {
      try {
        read.run();
        return new Verdict(true, null, "");
      } catch (PlanReadException e) {
        return new Verdict(false, e.kind(), e.englishMessage());
      }
    }
  }

  @BeforeAll
  static void writeTheCorpus() throws IOException {
    deleteRecursively(WORK);
    Files.createDirectories(PLANS);
    Files.createDirectories(MONITORING);
    Files.writeString(PLAN_SCHEMA, PlanJson.schema(), UTF_8);
    Files.writeString(MONITORING_SCHEMA, MonitoringJson.schema(), UTF_8);

    Path examples = Path.of("../examples/plans");
    if (Files.isDirectory(examples)) {
      try (Stream<Path> files = Files.list(examples)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
          Files.copy(file, PLANS.resolve("example-" + file.getFileName()));
        }
      }
    }
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/bad"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        Files.copy(file, PLANS.resolve("bad-" + file.getFileName()));
      }
    }
    writeAll(PLANS, "schema-refuses-", SchemaTest.badDocuments());
    writeAll(PLANS, "model-refuses-", SchemaTest.onlyTheModelRefuses());
    writeAll(PLANS, "edge-", edgeCases());
    Region[] regions = {Region.LOMBARDIA, Region.PUGLIA, Region.EMILIA_ROMAGNA, Region.TOSCANA};
    for (int seed = 0; seed < GENERATED_PLANS; seed++) {
      Region region = regions[seed % regions.length];
      PlanShape shape = new PlanShape(region, 1 + seed % 12, 1 + seed % 9, 1, 1 + seed % 5);
      Files.writeString(PLANS.resolve("generated-%04d.json".formatted(seed)),
          PlanJson.write(PlanGenerator.generate(seed, shape)), UTF_8);
    }
    for (int seed = 0; seed < ARBITRARY_PLANS; seed++) {
      Files.writeString(PLANS.resolve("arbitrary-%04d.json".formatted(seed)),
          PlanJson.write(AnyPlans.generate(seed)), UTF_8);
    }

    Path monitoring = Path.of("../examples/monitoring");
    if (Files.isDirectory(monitoring)) {
      try (Stream<Path> files = Files.list(monitoring)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
          Files.copy(file, MONITORING.resolve("example-" + file.getFileName()));
        }
      }
    }
    for (int seed = 0; seed < GENERATED_MONITORING; seed++) {
      ZonePlan plan = PlanGenerator.generate(seed, PlanShape.cremaSized(regions[seed % regions.length]));
      Files.writeString(MONITORING.resolve("generated-%04d.json".formatted(seed)),
          MonitoringJson.write(MonitoringGenerator.generate(plan, seed)), UTF_8);
    }
    Files.writeString(MONITORING.resolve("edge-named-schema.json"), MonitoringJson.write(
        MonitoringGenerator.generate(PlanGenerator.generate(1, PlanShape.cremaSized(Region.LOMBARDIA)), 1))
        .replaceFirst("\\{", "{\n  \"\\$schema\": \"./monitoring.schema.json\","), UTF_8);

    PLAN_VERDICTS.putAll(readerVerdicts(PLANS, file -> Verdict.of(() -> {
      try {
        PlanJson.read(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    })));
    MONITORING_VERDICTS.putAll(readerVerdicts(MONITORING, file -> Verdict.of(() -> {
      try {
        MonitoringJson.read(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    })));
  }

  /**
   * Amounts at the bounds and with cents a double cannot hold, and a plan that names its schema as
   * editors expect. 5265488.22 is an amount of the Crema plan that {@code multipleOf: 0.01} refused.
   */
  static List<String> edgeCases() {
    List<String> documents = new ArrayList<>();
    for (String amount : List.of("5265488.22", "0.01", "-0.01", "0", "15000", "15000.1", "99999999999999.99",
        "-99999999999999.99", "100000000000000", "-100000000000000", "100000000000000.00", "1e14", "9.999999999999999e13",
        "1e15", "999999999999999.99", "1000000000000000", "15000.001", "0.105", "1e-3", "1E2")) {
      documents.add(withBudgetAmount(amount));
    }
    documents.add(Fixtures.MINIMAL.replaceFirst("\\{", "{\n  \"\\$schema\": \"./zone-plan.schema.json\","));
    documents.add(Fixtures.MINIMAL.replaceFirst("\\{", "{\n  \"\\$schema\": \"" + PlanJson.SCHEMA_ID + "\","));
    documents.add(Fixtures.MINIMAL.replaceFirst("\\{", "{\n  \"\\$schema\": 12,"));
    documents.add(Fixtures.MINIMAL.replaceFirst("\\{", "{\n  \"\\$schemas\": \"./zone-plan.schema.json\","));
    return documents;
  }

  private static String withBudgetAmount(String amount) {
    String doc = Fixtures.MINIMAL;
    return doc.substring(0, doc.lastIndexOf("  }\n}")) + "  },\n  \"budget\": {\"lines\": [{\"objectiveId\": \"obj-1\", "
        + "\"label\": \"1) Osservatorio\", \"year\": 2015, \"amount\": " + amount + "}]}\n}\n";
  }

  @Test
  void theCorpusHoldsTheBundledPlansThousandsOfGeneratedOnesAndTheHostileCorpus() {
    assertThat(PLAN_VERDICTS.keySet()).filteredOn(name -> name.startsWith("generated-")).hasSize(GENERATED_PLANS);
    assertThat(PLAN_VERDICTS.keySet()).filteredOn(name -> name.startsWith("bad-")).hasSizeGreaterThan(40);
    assertThat(PLAN_VERDICTS).hasEntrySatisfying("example-crema-2015-2017.json", v -> assertThat(v.valid()).isTrue());
    assertThat(PLAN_VERDICTS.values()).filteredOn(Verdict::valid).hasSizeGreaterThan(GENERATED_PLANS);
    assertThat(PLAN_VERDICTS.values()).filteredOn(v -> !v.valid()).hasSizeGreaterThan(60);
    assertThat(MONITORING_VERDICTS.values()).filteredOn(Verdict::valid).hasSizeGreaterThan(GENERATED_MONITORING);
  }

  @Test
  void aPlanMayNameItsSchemaAsEditorsExpect() {
    assertThat(PLAN_VERDICTS.get(edge(edgeCases().size() - 4)).valid()).isTrue();
    assertThat(PLAN_VERDICTS.get(edge(edgeCases().size() - 3)).valid()).isTrue();
    assertThat(PLAN_VERDICTS.get(edge(edgeCases().size() - 2)).kind()).isEqualTo(ReadErrorKind.WRONG_TYPE);
    assertThat(PLAN_VERDICTS.get(edge(edgeCases().size() - 1)).kind()).isEqualTo(ReadErrorKind.UNKNOWN_FIELD);
    assertThat(MONITORING_VERDICTS.get("edge-named-schema.json").valid()).isTrue();
  }

  @Test
  void amountsAreBelowTenToTheFourteenWithCentsCheckedByTheReader() {
    assertThat(PLAN_VERDICTS.get(edge(0)).valid()).as("5265488.22").isTrue();
    assertThat(PLAN_VERDICTS.get(edge(6)).valid()).as("99999999999999.99").isTrue();
    assertThat(PLAN_VERDICTS.get(edge(8)).message()).as("100000000000000").contains("too large");
    assertThat(PLAN_VERDICTS.get(edge(16)).message()).as("15000.001").contains("more than 2 decimals");
  }

  private static String edge(int index) {
    return "edge-%03d.json".formatted(index);
  }

  @Test
  void networkntAgreesWithTheReader() throws IOException {
    compare("networknt", PLAN_VERDICTS, networknt(PLAN_SCHEMA, PLANS));
    compare("networknt", MONITORING_VERDICTS, networknt(MONITORING_SCHEMA, MONITORING));
  }

  @Test
  void ajvAgreesWithTheReader() throws IOException, InterruptedException {
    Path node = onPath("node");
    Path npm = onPath("npm");
    if (node == null || npm == null) {
      String why = "node and npm are needed to compare the schema with ajv (apt-get install nodejs npm)";
      assertThat(CI).as(why).isFalse();
      Assumptions.abort(why);
    }
    Path project = WORK.getParent().resolve("schema-validators/node").toAbsolutePath();
    Files.createDirectories(project);
    for (String file : List.of("package.json", "package-lock.json", "validate.mjs")) {
      Files.copy(Path.of("src/test/node", file), project.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    Run install = run(project, List.of(npm.toString(), "ci", "--no-audit", "--no-fund", "--ignore-scripts"));
    if (install.exit() != 0) {
      String why = "npm ci could not install ajv from the npm registry: " + install.err();
      assertThat(CI).as(why).isFalse();
      Assumptions.abort(why);
    }
    String script = project.resolve("validate.mjs").toString();
    compare("ajv", PLAN_VERDICTS, verdicts(run(project,
        List.of(node.toString(), script, PLAN_SCHEMA.toAbsolutePath().toString(), PLANS.toAbsolutePath().toString()))));
    compare("ajv", MONITORING_VERDICTS, verdicts(run(project, List.of(node.toString(), script,
        MONITORING_SCHEMA.toAbsolutePath().toString(), MONITORING.toAbsolutePath().toString()))));
  }

  @Test
  void pythonJsonschemaAgreesWithTheReader() throws IOException, InterruptedException {
    Path python = onPath("python3");
    Assumptions.assumeTrue(python != null, "python3 is not installed: the jsonschema comparison is skipped");
    Run probe = run(WORK, List.of(python.toString(), "-c", "import jsonschema"));
    Assumptions.assumeTrue(probe.exit() == 0,
        "Python's jsonschema module is not installed (pip install jsonschema): its comparison is skipped");
    String script = Path.of("src/test/python/validate.py").toAbsolutePath().toString();
    compare("python jsonschema", PLAN_VERDICTS, verdicts(run(WORK, List.of(python.toString(), script,
        PLAN_SCHEMA.toAbsolutePath().toString(), PLANS.toAbsolutePath().toString()))));
    compare("python jsonschema", MONITORING_VERDICTS, verdicts(run(WORK, List.of(python.toString(), script,
        MONITORING_SCHEMA.toAbsolutePath().toString(), MONITORING.toAbsolutePath().toString()))));
  }

  /**
   * Refusals the schema cannot state, so a validator may accept what the reader refuses for
   * these reasons (docs/JSON-FORMAT.md lists them): what the reader does not take for JSON at all
   * (byte order marks twice, comments, NaN, invalid UTF-8, trailing data, duplicate keys, which
   * JSON.parse and Python's json take silently), the read limits, the cents of an amount, a date or
   * time that does not exist, a value repeated in a set of strings, and the model's rules across fields.
   */
  static boolean beyondTheSchema(Verdict reader) {
    return switch (reader.kind()) {
      case MALFORMED_JSON, EMPTY_DOCUMENT, TRAILING_CONTENT, DUPLICATE_FIELD, LIMIT_EXCEEDED, REJECTED_BY_MODEL -> true;
      case INVALID_VALUE -> BEYOND_THE_SCHEMA.stream().anyMatch(reader.message()::contains);
      default -> false;
    };
  }

  private static final List<String> BEYOND_THE_SCHEMA = List.of(
      "more than 2 decimals", // the cent: docs/JSON-FORMAT.md, "Amounts"
      "no such date", // 30 February: the schema's pattern says only the form (ajv-formats does refuse it)
      "unpaired UTF-16 surrogate", // a lone \\uD83D escape: JSON.parse and Python keep it
      "exponent"); // 1e400: a double holds it as Infinity

  private static void compare(String validator, Map<String, Verdict> reader, Map<String, String> theirs) {
    assertThat(theirs.keySet()).as("%s judged every file", validator).containsExactlyInAnyOrderElementsOf(reader.keySet());
    List<String> disagreements = new ArrayList<>();
    reader.forEach((file, verdict) -> {
      String their = theirs.get(file);
      boolean theyAccept = their.startsWith("valid");
      if (verdict.valid() && !theyAccept) {
        disagreements.add(file + ": the reader reads it, " + validator + " says " + their);
      } else if (!verdict.valid() && theyAccept && !beyondTheSchema(verdict)) {
        disagreements.add(file + ": " + validator + " accepts it, the reader refuses it: " + verdict.kind() + " "
            + verdict.message());
      }
    });
    assertThat(disagreements).as("%s disagrees with the reader", validator).isEmpty();
  }

  private static final ObjectMapper BIG_DECIMALS = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private static Map<String, String> networknt(Path schemaFile, Path directory) throws IOException {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(Files.readString(schemaFile));
    Map<String, String> verdicts = new TreeMap<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.sorted().toList()) {
        String text = decode(Files.readAllBytes(file));
        String verdict;
        try {
          Set<ValidationMessage> errors = schema.validate(BIG_DECIMALS.readTree(text));
          verdict = errors.isEmpty() ? "valid" : "invalid\t" + errors.iterator().next();
        } catch (IOException | RuntimeException e) {
          verdict = "unparsable\t" + e.getClass().getSimpleName();
        }
        verdicts.put(file.getFileName().toString(), verdict);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return verdicts;
  }

  /**
   * The text of a file as the reader decodes it: UTF-8, or UTF-16 after its byte order mark, which
   * is not part of the JSON text. The scripts of src/test/node and src/test/python do the same.
   */
  static String decode(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, java.nio.charset.StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, java.nio.charset.StandardCharsets.UTF_16BE);
    }
    return new String(bytes, UTF_8).replaceFirst("^\uFEFF", "");
  }

  private static Map<String, String> verdicts(Run run) {
    assertThat(run.exit()).as("validator failed: %s", run.err()).isZero();
    Map<String, String> verdicts = new LinkedHashMap<>();
    for (String line : run.out().split("\n")) {
      if (!line.isBlank()) {
        int tab = line.indexOf('\t');
        verdicts.put(line.substring(0, tab), line.substring(tab + 1));
      }
    }
    return verdicts;
  }

  private static Map<String, Verdict> readerVerdicts(Path directory, Function<Path, Verdict> read) throws IOException {
    Map<String, Verdict> verdicts = new TreeMap<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.sorted().toList()) {
        verdicts.put(file.getFileName().toString(), read.apply(file));
      }
    }
    return verdicts;
  }

  private static void writeAll(Path directory, String prefix, List<String> documents) throws IOException {
    for (int i = 0; i < documents.size(); i++) {
      Files.writeString(directory.resolve(prefix + "%03d.json".formatted(i)), documents.get(i), UTF_8);
    }
  }

  record Run(int exit, String out, String err) {}

  private static Run run(Path directory, List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("validator", ".out");
    Path err = Files.createTempFile("validator", ".err");
    try {
      Process process = new ProcessBuilder(command).directory(directory.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("timed out: " + command);
      }
      return new Run(process.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8).strip());
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static Path onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
