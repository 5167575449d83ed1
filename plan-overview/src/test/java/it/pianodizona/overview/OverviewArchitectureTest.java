package it.pianodizona.overview;

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
 * The overview module's layering: it depends downwards only (model, registry, rules, io), never
 * on the CLI, the report renderer or other modules above it, and reads no clock: time enters
 * through the as-of date.
 */
class OverviewArchitectureTest {

  private static JavaClasses overview;

  @BeforeAll
  static void importOverview() {
    overview = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPath(Path.of("target", "classes"));
  }

  @Test
  void dependsOnlyDownwards() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage(
            "it.pianodizona.overview..", "it.pianodizona.model..", "it.pianodizona.rules..",
            "it.pianodizona.registry..", "it.pianodizona.io", "com.google.common..", "com.fasterxml.jackson..",
            "java..", "org.immutables.value..", "javax.annotation..")
        .check(overview);
  }

  @Test
  void knowsNothingAboveIt() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("it.pianodizona.io.internal..", "it.pianodizona.examples..", "it.pianodizona.cli..",
            "it.pianodizona.report..", "it.pianodizona.monitor..", "it.pianodizona.diff..", "picocli..")
        .check(overview);
  }

  @Test
  void readsNoClock() {
    noClasses().should().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(Year.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
        .check(overview);
  }
}
