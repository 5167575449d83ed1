package it.pianodizona.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules module's layering: it depends on the plan model, the registry, Guava and the JDK only; the engine
 * knows no family; no family knows another; no package cycles; time enters only through the
 * validation options.
 */
class ArchitectureTest {

  private static final String[] FAMILIES = {
    "it.pianodizona.rules.deadlines..", "it.pianodizona.rules.eligibility..", "it.pianodizona.rules.budget..",
    "it.pianodizona.rules.governance..", "it.pianodizona.rules.indicators..", "it.pianodizona.rules.integrity..",
    "it.pianodizona.rules.territory.."
  };

  private static JavaClasses rules;

  @BeforeAll
  static void importRules() {
    // The module's own classes only: scanning the whole class path for the package is slow.
    rules = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPath(Path.of("target", "classes"));
  }

  @Test
  void dependsOnlyOnTheModelTheRegistryGuavaAndTheJdk() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage(
            "it.pianodizona.rules..", "it.pianodizona.model..", "it.pianodizona.registry..", "com.google.common..", "java..",
            "org.immutables.value..", "javax.annotation..")
        .check(rules);
  }

  @Test
  void knowsNoJsonAndNothingAboveIt() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml..", "com.networknt..", "it.pianodizona.io..", "it.pianodizona.examples..")
        .check(rules);
  }

  @Test
  void theEngineKnowsNoFamily() {
    noClasses().that().resideInAPackage("it.pianodizona.rules")
        .should().dependOnClassesThat().resideInAnyPackage(FAMILIES)
        .orShould().dependOnClassesThat().resideInAPackage("it.pianodizona.rules.standard..")
        .check(rules);
  }

  @Test
  void noFamilyDependsOnAnother() {
    for (String family : FAMILIES) {
      String[] others = Arrays.stream(FAMILIES).filter(f -> !f.equals(family)).toArray(String[]::new);
      noClasses().that().resideInAPackage(family)
          .should().dependOnClassesThat().resideInAnyPackage(others)
          .orShould().dependOnClassesThat().resideInAPackage("it.pianodizona.rules.standard..")
          .check(rules);
    }
  }

  @Test
  void hasNoPackageCycles() {
    // One slice per package, the engine's root package included.
    slices().matching("it.pianodizona.(**)").should().beFreeOfCycles().check(rules);
  }

  @Test
  void timeEntersOnlyThroughTheOptions() {
    noClasses().should().callMethod(LocalDate.class, "now")
        .orShould().callMethod(java.time.LocalDateTime.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(rules);
    noClasses().that().doNotHaveSimpleName("ValidationOptions")
        .and().doNotHaveSimpleName("ImmutableValidationOptions")
        .should().callMethod(LocalDate.class, "now", Clock.class)
        .check(rules);
  }

  @Test
  void hasNoStaticMutableState() {
    fields().that().areStatic().should().beFinal().check(rules);
  }

  @Test
  void rulesAreSmallPackagePrivateClasses() {
    classes().that().implement(Rule.class).and().resideOutsideOfPackage("it.pianodizona.rules")
        .should().notBePublic().andShould().haveOnlyFinalFields()
        .check(rules);
  }
}
