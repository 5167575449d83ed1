package it.pianodizona.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.pianodizona.model.AnnualOperatingPlan;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.ProgrammeAgreement;
import it.pianodizona.model.budget.Budget;
import it.pianodizona.model.budget.DeclaredTotal;
import it.pianodizona.model.common.Money;
import it.pianodizona.testkit.plans.CremaSkeleton;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Canonical writing: one layout, so that equal plans are equal bytes and diffs are meaningful. */
class CanonicalFormTest {

  private static final String GOLDEN_SOURCE = "src/test/resources/it/pianodizona/io/" + Fixtures.CREMA_RESOURCE;

  @Test
  void theCremaSkeletonIsWrittenExactlyAsTheGoldenFile() {
    String json = PlanJson.write(CremaSkeleton.plan());
    if (Fixtures.REGENERATE) {
      Fixtures.regenerate(GOLDEN_SOURCE, json);
      return; // the class path still has the old copy until the next build
    }
    assertThat(json).isEqualTo(Fixtures.resource(Fixtures.CREMA_RESOURCE));
  }

  @Test
  void theGoldenFileReadsAsTheCremaSkeletonAndWritesBackByteForByte() {
    String golden = Fixtures.resource(Fixtures.CREMA_RESOURCE);
    ZonePlan plan = PlanJson.read(golden, Fixtures.CREMA_RESOURCE);
    assertThat(plan).isEqualTo(CremaSkeleton.plan());
    assertThat(PlanJson.write(plan)).isEqualTo(golden);
  }

  @Test
  void theLayoutIsTwoSpacesNewlinesAndAFinalNewline() {
    String json = PlanJson.write(CremaSkeleton.plan());
    assertThat(json).doesNotContain("\r").doesNotContain("\t").endsWith("}\n").doesNotEndWith("\n\n");
    assertThat(json).startsWith("{\n  \"schemaVersion\": \"1.1\",\n  \"id\": \"crema-2015-2017\",\n");
    for (String line : json.split("\n")) {
      int indent = line.length() - line.stripLeading().length();
      assertThat(indent % 2).as("indentation of %s", line).isZero();
      assertThat(line).as("trailing blanks").doesNotEndWith(" ");
      assertThat(line).doesNotContain(" : ");
    }
    // Amounts always carry their two decimals; an empty section is {}.
    assertThat(json).contains("\"amount\": 15000.00\n").contains("\"amount\": 304070.87\n")
        .contains("\"participation\": {},");
  }

  @Test
  void nonCanonicalInputReadsTheSameAndIsWrittenCanonically() {
    // Fields out of order, on one line, amounts without decimals, defaults left out, empty lists.
    String compact = "{\"period\":{\"end\":\"2017-12-31\",\"start\":\"2015-05-01\"},\"title\":\"Piano di Zona 2015-2017\","
        + "\"objectives\":[],\"district\":{\"region\":\"lombardia\",\"name\":\"Ambito Distrettuale di Crema\","
        + "\"id\":\"crema\"},\"schemaVersion\":\"1.0\",\"id\":\"crema-2015-2017\","
        + "\"budget\":{\"declaredTotals\":[{\"year\":2015,\"amount\":5265488.22},{\"year\":2016,\"amount\":7065488.2},"
        + "{\"year\":2017,\"amount\":8065488}]}}";
    ZonePlan plan = PlanJson.read(compact);
    assertThat(plan.budget().declaredTotals()).extracting(DeclaredTotal::amount).containsExactly(
        Money.of("5265488.22"), Money.of("7065488.20"), Money.of("8065488.00"));
    String canonical = PlanJson.write(plan);
    assertThat(canonical).isEqualTo(PlanJson.write(ZonePlan.builder().from(PlanJson.read(Fixtures.MINIMAL)).budget(plan.budget()).build()));
    assertThat(canonical).contains("\"amount\": 7065488.20").contains("\"amount\": 8065488.00")
        .contains("\"status\": \"draft\"");
  }

  @Test
  void writingToAStreamFlushesButDoesNotCloseIt() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream out = new FilterOutputStream(bytes) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    PlanJson.write(CremaSkeleton.plan(), out);
    assertThat(closed[0]).isFalse();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(PlanJson.write(CremaSkeleton.plan()));
  }

  @Test
  void anyJsonTreeIsWrittenInTheLayoutOfPlansInItsOwnFieldOrder() throws IOException {
    com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree("{\"zeta\":1,\"ambito\":\"Crema\",\"righe\":[1.50,{}]}");

    assertThat(PlanJson.writeCanonical(tree))
        .isEqualTo("{\n  \"zeta\": 1,\n  \"ambito\": \"Crema\",\n  \"righe\": [\n    1.5,\n    {}\n  ]\n}\n");
  }

  @Test
  void valuesTheFormatCannotCarryAreRefusedBeforeAnythingIsWritten() {
    ZonePlan farFuture = ZonePlan.builder().from(CremaSkeleton.plan()).addAnnualOperatingPlans(
        AnnualOperatingPlan.builder().year(Year.of(10_000)).title("Piano operativo").build()).build();
    assertThatThrownBy(() -> PlanJson.write(farFuture))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("four-digit years");
    ZonePlan tooRich = ZonePlan.builder().from(CremaSkeleton.plan()).budget(Budget.builder()
        .addDeclaredTotals(DeclaredTotal.of(Year.of(2015), Money.of("1000000000000000"))).build()).build();
    assertThatThrownBy(() -> PlanJson.write(tooRich))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10^14");
  }

  @Test
  void writingAFileReplacesItAtomicallyAndKeepsItsPermissions(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("crema.json");
    PlanJson.write(PlanJson.read(Fixtures.MINIMAL), file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

    PlanJson.write(CremaSkeleton.plan(), file);

    assertThat(Files.readString(file)).isEqualTo(PlanJson.write(CremaSkeleton.plan()));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
    assertThat(filesIn(dir)).containsExactly(file);
    assertThat(PlanJson.read(file)).isEqualTo(CremaSkeleton.plan());
  }

  @Test
  void aWriteThatFailsHalfwayLeavesTheOldFileAndNoLeftovers(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("crema.json");
    PlanJson.write(CremaSkeleton.plan(), file);
    String before = Files.readString(file);
    // The bad value is the last field written: most of the plan is already in the temporary file.
    ZonePlan broken = ZonePlan.builder().from(CremaSkeleton.plan())
        .agreement(ProgrammeAgreement.builder().from(CremaSkeleton.plan().agreement().orElseThrow())
            .signatureDate(LocalDate.of(10_000, 1, 1)).build())
        .build();

    assertThatThrownBy(() -> PlanJson.write(broken, file)).isInstanceOf(IllegalArgumentException.class);

    assertThat(Files.readString(file)).isEqualTo(before);
    assertThat(filesIn(dir)).containsExactly(file);
  }

  private static List<Path> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }
}
