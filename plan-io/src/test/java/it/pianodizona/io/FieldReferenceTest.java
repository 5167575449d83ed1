package it.pianodizona.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.pianodizona.io.internal.MonitoringCodecs;
import it.pianodizona.io.internal.SchemaGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Il riferimento dei campi è aggiornato: docs/FIELDS.md and docs/MONITORING-FIELDS.md are what
 * {@link FieldReference} renders from the schemas the mapping generates, and the pages people
 * start from link them. Regenerated with {@code -Dpdz.regenerate=true}, like the schemas.
 */
class FieldReferenceTest {

  private static final Path DOCS = Path.of("../docs");
  static final String PLAN_FIELDS = "../docs/FIELDS.md";
  static final String MONITORING_FIELDS = "../docs/MONITORING-FIELDS.md";

  static String planFields() {
    return FieldReference.markdown(SchemaGenerator.planSchema(PlanJson.SCHEMA_ID),
        "Campi del Piano di Zona / Zone plan fields (schemaVersion " + PlanJson.SCHEMA_VERSION + ")",
        "Ogni campo del formato JSON del piano, generato dallo schema `zone-plan-" + PlanJson.SCHEMA_VERSION
            + ".schema.json`: le regole di scrittura sono in [JSON-FORMAT.md](JSON-FORMAT.md), un primo piano "
            + "scritto a mano in [TUTORIAL.md](TUTORIAL.md). / Every field of the plan's JSON format, generated "
            + "from the schema: the writing rules are in [JSON-FORMAT.md](JSON-FORMAT.md), a first plan written "
            + "by hand in [TUTORIAL.md](TUTORIAL.md). The monitoring format has its own page: "
            + "[MONITORING-FIELDS.md](MONITORING-FIELDS.md).");
  }

  static String monitoringFields() {
    return FieldReference.markdown(MonitoringCodecs.schema(MonitoringJson.SCHEMA_ID),
        "Campi del monitoraggio / Monitoring fields (schemaVersion " + MonitoringCodecs.SCHEMA_VERSION + ")",
        "Ogni campo del formato JSON del monitoraggio, generato dallo schema `monitoring-"
            + MonitoringCodecs.SCHEMA_VERSION + ".schema.json`; il formato è descritto in "
            + "[MONITORING-FORMAT.md](MONITORING-FORMAT.md). / Every field of the monitoring JSON format, "
            + "generated from the schema; the format is described in [MONITORING-FORMAT.md](MONITORING-FORMAT.md). "
            + "The plan's fields are in [FIELDS.md](FIELDS.md).");
  }

  @Test
  void theFieldReferenceIsTheOneGeneratedFromTheSchema() throws IOException {
    check(PLAN_FIELDS, planFields());
  }

  @Test
  void theMonitoringFieldReferenceIsTheOneGeneratedFromTheSchema() throws IOException {
    check(MONITORING_FIELDS, monitoringFields());
  }

  private static void check(String file, String generated) throws IOException {
    if (Fixtures.REGENERATE) {
      Fixtures.regenerate(file, generated);
      return;
    }
    Path path = Path.of(file);
    String shipped = Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
    assertThat(shipped)
        .as("%s is stale (the mapping or schema-texts.properties changed); regenerate it with%n  %s",
            file, SchemaTextsTest.REGENERATE)
        .isEqualTo(generated);
  }

  @Test
  void everyDefinitionAndFieldOfTheSchemaIsOnThePage() {
    JsonNode schema = SchemaGenerator.planSchema(PlanJson.SCHEMA_ID);
    String page = planFields();
    for (Map.Entry<String, JsonNode> definition : schema.path("$defs").properties()) {
      assertThat(page).contains("## " + definition.getKey() + "\n");
      String section = page.substring(page.indexOf("## " + definition.getKey() + "\n"));
      for (String field : (Iterable<String>) () -> definition.getValue().path("properties").fieldNames()) {
        assertThat(section).as("%s.%s", definition.getKey(), field).contains("| `" + field + "` |");
      }
    }
  }

  @Test
  void theReadmeTheTutorialAndTheFormatPageLinkTheFieldReference() throws IOException {
    assertThat(Files.readString(Path.of("../README.md"))).contains("docs/FIELDS.md");
    assertThat(Files.readString(DOCS.resolve("TUTORIAL.md"))).contains("(FIELDS.md)");
    assertThat(Files.readString(DOCS.resolve("JSON-FORMAT.md"))).contains("(FIELDS.md)");
    assertThat(Files.readString(DOCS.resolve("MONITORING-FORMAT.md"))).contains("(MONITORING-FIELDS.md)");
  }
}
