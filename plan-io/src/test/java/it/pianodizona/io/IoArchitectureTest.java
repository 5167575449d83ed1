package it.pianodizona.io;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * plan-io sits on plan-model, Jackson and Guava alone, and nothing of ours depends on it from
 * below; validation reports are written by plan-cli, above both plan-io and plan-rules.
 */
class IoArchitectureTest {

  private static JavaClasses io;
  private static JavaClasses model;

  @BeforeAll
  static void importClasses() {
    ClassFileImporter importer = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
    io = importer.importPackages("it.pianodizona.io");
    model = importer.importPackages("it.pianodizona.model");
  }

  @Test
  void dependsOnlyOnTheModelJacksonGuavaAndTheJdk() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage(
            "it.pianodizona.io..", "it.pianodizona.model..",
            "com.fasterxml.jackson..", "com.google.common..",
            "java..", "javax.annotation..", "org.immutables.value..")
        .check(io);
  }

  @Test
  void theModelNeverDependsOnIo() {
    noClasses().should().dependOnClassesThat().resideInAPackage("it.pianodizona.io..").check(model);
  }

  @Test
  void knowsNeitherTheRulesNorAnythingAbove() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "it.pianodizona.rules..", "it.pianodizona.cli..", "it.pianodizona.examples..")
        .check(io);
  }

  @Test
  void neverTurnsOnPolymorphicDefaultTyping() {
    // By name, on any owner: ObjectMapper, JsonMapper and their builders all have these switches.
    noClasses().should().callMethodWhere(DescribedPredicate.describe("a default typing switch",
            call -> call.getTarget().getName().matches("(activate|enable)DefaultTyping.*")))
        .as("no class should enable polymorphic default typing")
        .check(io);
  }

  @Test
  void hasNoStaticMutableState() {
    fields().that().areStatic().should().beFinal().check(io);
  }
}
