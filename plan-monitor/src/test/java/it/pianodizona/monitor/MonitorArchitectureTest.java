package it.pianodizona.monitor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The monitoring module's layering: it depends on the plan model and the rules (for their
 * pointer helpers) only, knows no JSON, and reads no clock: time enters through the as-of date.
 */
class MonitorArchitectureTest {

  private static JavaClasses monitor;

  @BeforeAll
  static void importMonitor() {
    monitor = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPath(Path.of("target", "classes"));
  }

  @Test
  void dependsOnlyOnTheModelTheRulesGuavaAndTheJdk() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage(
            "it.pianodizona.monitor..", "it.pianodizona.model..", "it.pianodizona.rules..", "com.google.common..",
            "java..", "org.immutables.value..", "javax.annotation..")
        .check(monitor);
  }

  @Test
  void knowsNoJsonAndNothingAboveIt() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml..", "it.pianodizona.io..", "it.pianodizona.examples..",
            "it.pianodizona.cli..")
        .check(monitor);
  }

  @Test
  void readsNoClock() {
    noClasses().should().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(Year.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
        .check(monitor);
  }
}
