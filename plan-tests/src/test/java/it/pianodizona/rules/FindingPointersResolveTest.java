package it.pianodizona.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.spi.JsonPointers;
import it.pianodizona.testkit.mutators.Mutation;
import it.pianodizona.testkit.mutators.Mutator;
import it.pianodizona.testkit.mutators.Mutators;
import it.pianodizona.testkit.mutators.RuleTesting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Puntatori verificati: every finding's JSON Pointer, on generated plans and on every mutator's
 * mutation of them, resolves in the JSON that {@code PlanJson.write} produces. A rule or mutator
 * that names a field the writer does not write (a renamed attribute, a typo) fails here.
 *
 * <p>A finding about something missing (no governance body, no agreement) points where it would
 * be, and the writer leaves out an absent value or an empty list: such a pointer must lead to
 * an object that lacks a field the schema names, never to a name the format does not have.
 */
class FindingPointersResolveTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every property name of the plan's JSON Schema. */
  static final Set<String> SCHEMA_FIELDS = schemaFields();

  @Property
  void everyFindingOfAMutatedPlanPointsIntoItsJson(
      @ForAll(supplier = GeneratedPlans.class) ZonePlan plan,
      @ForAll("mutators") Mutator mutator, @ForAll int pick) {
    Optional<Mutation> mutation = mutator.apply(plan, pick);
    Assume.that(mutation.isPresent());
    ValidationReport report = RuleTesting.validate(mutation.get(), plan);
    JsonNode json = tree(mutation.get().plan());

    assertResolves(mutator.ruleId(), mutation.get().path(), json);
    assertResolves(report, json);
  }

  @Property
  void everyFindingOfAValidPlanPointsIntoItsJson(@ForAll(supplier = GeneratedPlans.class) ZonePlan plan) {
    assertResolves(RuleTesting.validate(plan), tree(plan));
  }

  @Provide
  Arbitrary<Mutator> mutators() {
    return Arbitraries.of(Mutators.all());
  }

  private static void assertResolves(ValidationReport report, JsonNode json) {
    for (Finding finding : report.findings()) {
      assertResolves(finding.ruleId(), finding.path(), json);
    }
  }

  private static void assertResolves(String ruleId, String path, JsonNode json) {
    if (!json.at(path).isMissingNode()) {
      return;
    }
    List<String> segments = JsonPointers.segments(path);
    assertThat(segments).as("%s at %s: the root always resolves", ruleId, path).isNotEmpty();
    String parent = path.substring(0, path.lastIndexOf('/'));
    String field = segments.get(segments.size() - 1);
    assertThat(json.at(parent).isObject())
        .as("%s at %s: nothing there, and %s is not an object", ruleId, path, parent).isTrue();
    assertThat(SCHEMA_FIELDS).as("%s at %s: absent, and not a field of the format", ruleId, path)
        .contains(field);
  }

  private static Set<String> schemaFields() {
    Set<String> fields = new HashSet<>();
    try {
      JSON.readTree(PlanJson.schema()).findValues("properties")
          .forEach(properties -> properties.fieldNames().forEachRemaining(fields::add));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fields;
  }

  private static JsonNode tree(ZonePlan plan) {
    try {
      return JSON.readTree(PlanJson.write(plan));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
