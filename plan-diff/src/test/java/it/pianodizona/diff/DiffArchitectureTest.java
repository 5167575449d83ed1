package it.pianodizona.diff;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** plan-diff sits on the model, the rules and plan-io; the command line sits on it, never the reverse. */
class DiffArchitectureTest {

  private static JavaClasses diff;
  private static JavaClasses below;

  @BeforeAll
  static void importClasses() {
    ClassFileImporter importer = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
    diff = importer.importPackages("it.pianodizona.diff");
    below = importer.importPackages("it.pianodizona.model", "it.pianodizona.rules", "it.pianodizona.io");
  }

  @Test
  void dependsOnlyOnTheModelRulesIoJacksonGuavaDiffUtilsAndTheJdk() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage(
            "it.pianodizona.diff..", "it.pianodizona.model..", "it.pianodizona.rules..", "it.pianodizona.io..",
            "com.fasterxml.jackson..", "com.google.common..", "com.github.difflib..", "java..")
        .check(diff);
  }

  @Test
  void doesNotDependOnTheCommandLine() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "it.pianodizona.examples..", "it.pianodizona.cli..", "picocli..")
        .check(diff);
  }

  @Test
  void nothingBelowDependsOnTheDiff() {
    noClasses().should().dependOnClassesThat().resideInAPackage("it.pianodizona.diff..").check(below);
  }

  @Test
  void readsOnlyThePublicApiOfIo() {
    noClasses().should().dependOnClassesThat().resideInAPackage("it.pianodizona.io.internal..").check(diff);
  }
}
