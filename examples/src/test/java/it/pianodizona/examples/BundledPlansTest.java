package it.pianodizona.examples;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Piani reali: every plan bundled in {@code examples/plans} loads with the strict reader and is
 * already in canonical form, so that a diff of a plan file shows only changes of content.
 */
class BundledPlansTest {

  private static final Path PLANS = Path.of("plans");

  static List<Path> plans() throws IOException {
    try (Stream<Path> files = Files.list(PLANS)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void theFourSeedPlansAndTheSicilianPressPlanAreBundled() throws IOException {
    assertThat(plans()).extracting(f -> f.getFileName().toString()).containsExactly(
        "crema-2015-2017.json", "emilia-romagna-district.json", "enna-d22-2018-2019.json",
        "fasano-2022-2024.json", "oglio-po-2021-2023.json");
  }

  @ParameterizedTest
  @MethodSource("plans")
  void loadsStrictlyAndIsNamedAfterItsId(Path file) throws IOException {
    ZonePlan plan = PlanJson.read(file);

    assertThat(file.getFileName().toString()).isEqualTo(plan.id() + ".json");
  }

  /**
   * Canonical but for the version: the bundled plans are kept as the 1.0 documents they were
   * written as (schema 1.1 adds optional fields only), so writing one changes its first field only.
   */
  @ParameterizedTest
  @MethodSource("plans")
  void isInCanonicalForm(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);

    assertThat(PlanJson.write(PlanJson.read(file))).isEqualTo(text.replaceFirst(
        "\"schemaVersion\": \"1\\.[01]\"", "\"schemaVersion\": \"" + PlanJson.SCHEMA_VERSION + "\""));
  }

  @ParameterizedTest
  @MethodSource("plans")
  void aVersionOneZeroPlanReadsUnchangedUnderOneOne(Path file) throws IOException {
    // The bundled plans are written as 1.1; the same document labelled 1.0 must read the same,
    // since 1.1 only adds optional fields.
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains("\"schemaVersion\": \"1.1\"");

    ZonePlan asOneOne = PlanJson.read(text);
    ZonePlan asOneZero = PlanJson.read(text.replaceFirst("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"1.0\""));
    assertThat(asOneZero).isEqualTo(asOneOne);
    assertThat(PlanJson.read(PlanJson.write(asOneZero))).isEqualTo(asOneZero);
  }

}
