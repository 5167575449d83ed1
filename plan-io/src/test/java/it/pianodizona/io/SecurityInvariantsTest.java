package it.pianodizona.io;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What SECURITY.md promises about the code, checked on the code: the main classes of
 * plan-model, plan-rules and plan-io never turn on Jackson's polymorphic default typing, never
 * look up classes, methods or enum constants by a name that could come from a document, never
 * open a network connection; and the shipped JSON Schema refers only to itself.
 */
class SecurityInvariantsTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(location -> !location.contains("/testing/") && !location.contains("-tests.jar"))
      .importPackages("it.pianodizona.model", "it.pianodizona.rules", "it.pianodizona.io");

  @Test
  void theImportSeesTheThreeLibraries() {
    assertThat(MAIN.contain(PlanJson.class.getName())).isTrue();
    assertThat(MAIN.contain("it.pianodizona.rules.Validator")).isTrue();
    assertThat(MAIN.contain("it.pianodizona.model.ZonePlan")).isTrue();
  }

  @Test
  void noPolymorphicDefaultTyping() {
    noClasses().should().callMethodWhere(DescribedPredicate.describe("a default typing method",
            call -> call.getTarget().getName().matches("(activate|enable)DefaultTyping.*")))
        .orShould().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.annotation.JsonTypeInfo")
        .because("a document must not choose which Java class is instantiated")
        .check(MAIN);
  }

  @Test
  void noLookupOfClassesMethodsOrConstantsByName() {
    noClasses().should().callMethod(Class.class, "forName", String.class)
        .orShould().callMethod(Class.class, "forName", String.class, boolean.class, ClassLoader.class)
        .orShould().callMethod(ClassLoader.class, "loadClass", String.class)
        .orShould().callMethodWhere(DescribedPredicate.describe("an enum's valueOf, outside the one the compiler writes",
            call -> call.getTarget().getName().equals("valueOf")
                && (call.getTargetOwner().isEnum() || call.getTargetOwner().isEquivalentTo(Enum.class))
                && !(call.getOrigin().getName().equals("valueOf") && call.getOriginOwner().isEnum())))
        .orShould().dependOnClassesThat().resideInAPackage("java.lang.reflect")
        .because("field and enum names from a document are looked up in fixed tables of the mapping")
        .check(MAIN);
  }

  @Test
  void noNetwork() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
        .orShould().callMethod(java.net.URL.class, "openConnection")
        .because("reading and validating a plan touches nothing but the bytes given")
        .check(MAIN);
  }

  @Test
  void theSchemaRefersOnlyToItself() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(PlanJson.schema());
    List<String> refs = new ArrayList<>();
    collectRefs(schema, refs);
    assertThat(refs).isNotEmpty().allMatch(ref -> ref.startsWith("#/$defs/"));
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.has("$ref")) {
      refs.add(node.get("$ref").asText());
    }
    node.forEach(child -> collectRefs(child, refs));
  }
}
