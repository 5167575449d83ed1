package it.pianodizona.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model's layering: pure Java, no JSON, no I/O, no clock, no package cycles. */
class ModelArchitectureTest {

  private static JavaClasses model;

  @BeforeAll
  static void importModel() {
    model = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("it.pianodizona.model");
  }

  @Test
  void dependsOnNothingOfOursAboveIt() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("it.pianodizona.rules..", "it.pianodizona.io..", "it.pianodizona.cli..", "it.pianodizona.examples..")
        .check(model);
  }

  @Test
  void knowsNoJson() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml..", "com.networknt..")
        .check(model);
  }

  @Test
  void doesNoIo() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("java.nio.file..", "java.nio.channels..", "java.net..")
        .orShould().dependOnClassesThat()
        .haveNameMatching("java\\.io\\..*(Stream|Reader|Writer|File)")
        .check(model);
  }

  @Test
  void readsNoClock() {
    noClasses().should().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.LocalDateTime.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
        .check(model);
  }

  @Test
  void hasNoStaticMutableState() {
    fields().that().areStatic().should().beFinal().check(model);
  }

  @Test
  void topicPackagesDoNotDependOnThePlanRoot() {
    noClasses().that().resideInAPackage("it.pianodizona.model.(*)..")
        .should().dependOnClassesThat().resideInAPackage("it.pianodizona.model")
        .check(model);
  }

  @Test
  void hasNoPackageCycles() {
    slices().matching("it.pianodizona.model.(*)..").should().beFreeOfCycles().check(model);
  }
}
