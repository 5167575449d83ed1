package it.pianodizona.io;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.io.Mutations.ByteEdit;
import it.pianodizona.io.Mutations.TreeEdit;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.Finding;
import it.pianodizona.rules.RuleCatalogue;
import it.pianodizona.rules.ValidationOptions;
import it.pianodizona.rules.ValidationReport;
import it.pianodizona.rules.Validator;
import it.pianodizona.rules.standard.StandardRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Fuzzing del lettore: valid plans — the bundled real ones and generated ones — broken byte by
 * byte and structure by structure. Whatever comes of it, reading either gives a plan or raises
 * a {@link PlanReadException} that is located and printable on one line, never anything else;
 * validating a plan that was read never makes a rule fail; and what was read is written and
 * read back the same.
 *
 * <p>Each property runs {@link FuzzTries#tries()} times: a few thousand documents in all in a
 * normal build, 100,000 per property with {@code -Pfuzz} (see the README).
 */
@AddLifecycleHook(FuzzTries.class)
class ReadFuzzTest {

  private static final Validator VALIDATOR = StandardRules.validator(
      ValidationOptions.builder().asOf(LocalDate.of(2022, 6, 30)).build());

  /** The bundled plans of examples/plans and the Crema skeleton, by name. */
  private static final Map<String, byte[]> REAL = loadRealPlans();

  @Property
  void byteMutationsOfRealPlans(@ForAll("realPlans") String plan, @ForAll("byteEdits") List<ByteEdit> edits) {
    check(PlanJson.reader(), Mutations.apply(REAL.get(plan), edits));
  }

  @Property
  void byteMutationsOfGeneratedPlans(@ForAll long seed, @ForAll("byteEdits") List<ByteEdit> edits) {
    check(PlanJson.reader(), Mutations.apply(generated(seed), edits));
  }

  @Property
  void structureMutationsOfRealPlans(@ForAll("realPlans") String plan, @ForAll("treeEdits") List<TreeEdit> edits,
      @ForAll boolean indented) {
    check(PlanJson.reader(), Mutations.apply(REAL.get(plan), edits, indented));
  }

  @Property
  void structureMutationsOfGeneratedPlans(@ForAll long seed, @ForAll("treeEdits") List<TreeEdit> edits,
      @ForAll boolean indented) {
    check(PlanJson.reader(), Mutations.apply(generated(seed), edits, indented));
  }

  /** The lenient reader skips what it does not know, through the same mutations of both kinds. */
  @Property
  void bothMutationsReadLeniently(@ForAll("realPlans") String plan, @ForAll("treeEdits") List<TreeEdit> tree,
      @ForAll("byteEdits") List<ByteEdit> bytes) {
    check(PlanJson.reader().lenient(), Mutations.apply(Mutations.apply(REAL.get(plan), tree, true), bytes));
  }

  /** A reader that reports at most three errors, through both kinds of mutation of generated plans. */
  @Property
  void severalErrorsAreNeverMoreThanTheLimit(@ForAll long seed, @ForAll("treeEdits") List<TreeEdit> tree,
      @ForAll("byteEdits") List<ByteEdit> bytes, @ForAll boolean indented) {
    PlanReader three = PlanJson.reader().withLimits(ReadLimits.builder().maxErrors(3).build());
    check(three, Mutations.apply(Mutations.apply(generated(seed), tree, indented), bytes));
  }

  @Provide
  Arbitrary<String> realPlans() {
    return Arbitraries.of(REAL.keySet());
  }

  @Provide
  Arbitrary<List<ByteEdit>> byteEdits() {
    return Mutations.byteEdits();
  }

  @Provide
  Arbitrary<List<TreeEdit>> treeEdits() {
    return Mutations.treeEdits();
  }

  /** Either a plan that validates and survives a round trip, or a located, printable error. */
  static void check(PlanReader reader, byte[] document) {
    ReadResult result;
    try {
      result = reader.read(document, "fuzz.json");
    } catch (PlanReadException e) {
      Statistics.label("outcome").collect(e.kind());
      assertLocated(e, document);
      assertThat(e.errors()).as("errors reported").isNotEmpty().hasSizeLessThanOrEqualTo(reader.limits().maxErrors());
      for (ReadError error : e.errors()) {
        assertLocated(new PlanReadException(java.util.List.of(error), null), document);
      }
      return;
    }
    Statistics.label("outcome").collect("read");
    ValidationReport report = VALIDATOR.validate(result.plan());
    assertThat(report.findings()).as("a rule failed on a plan that was read")
        .extracting(Finding::ruleId).doesNotContain(RuleCatalogue.RULE_FAILED.id());
    String written = PlanJson.write(result.plan());
    assertThat(PlanJson.read(written)).isEqualTo(result.plan());
  }

  private static void assertLocated(PlanReadException e, byte[] document) {
    SourceLocation at = e.location();
    assertThat(e.kind()).isNotNull();
    assertThat(at.source()).contains("fuzz.json");
    assertThat(at.line()).as(e.getMessage()).isBetween(1, lines(document) + 1);
    assertThat(at.column()).as(e.getMessage()).isPositive();
    assertThat(at.pointer().isEmpty() || at.pointer().startsWith("/")).as(e.getMessage()).isTrue();
    assertThat(e.italianMessage()).isNotBlank();
    assertThat(e.englishMessage()).isNotBlank();
    HostileCorpusTest.assertPrintableOneLine(e.getMessage());
  }

  private static int lines(byte[] document) {
    int lines = 1;
    for (byte b : document) {
      if (b == '\n' || b == '\r') {
        lines++;
      }
    }
    return lines;
  }

  /** Even seeds: plans using every attribute with awkward text; odd: small realistic plans. */
  private static byte[] generated(long seed) {
    ZonePlan plan;
    if (seed % 2 == 0) {
      plan = AnyPlans.generate(seed);
    } else {
      Region[] regions = {Region.LOMBARDIA, Region.PUGLIA, Region.EMILIA_ROMAGNA, Region.TOSCANA};
      int size = (int) Math.floorMod(seed >> 8, 3L) + 1;
      plan = PlanGenerator.generate(seed, new PlanShape(regions[(int) Math.floorMod(seed >> 4, 4L)],
          size, 2 * size, size, size));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      PlanJson.write(plan, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static Map<String, byte[]> loadRealPlans() {
    Map<String, byte[]> plans = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(Path.of("../examples/plans"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList())) {
        plans.put(file.getFileName().toString(), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled plans of examples/plans are the fuzz seeds", e);
    }
    assertThat(plans).as("bundled plans").hasSizeGreaterThanOrEqualTo(4);
    plans.put(Fixtures.CREMA_RESOURCE, Fixtures.resource(Fixtures.CREMA_RESOURCE).getBytes(StandardCharsets.UTF_8));
    return plans;
  }
}
