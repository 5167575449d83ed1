package it.pianodizona.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * plan-cli sits on top: it may use plan-model, plan-rules and plan-io, and the report writers
 * know nothing of the commands that call them (the lower modules' own tests check that nothing
 * below depends on plan-cli).
 */
class CliArchitectureTest {

  private static JavaClasses cli;

  @BeforeAll
  static void importClasses() {
    cli = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("it.pianodizona.cli");
  }

  @Test
  void theReportWritersDoNotKnowTheCommands() {
    noClasses().that().resideInAPackage("it.pianodizona.cli.report..")
        .should().dependOnClassesThat().resideInAPackage("it.pianodizona.cli")
        .orShould().dependOnClassesThat().resideInAPackage("picocli..")
        .check(cli);
  }

  @Test
  void usesNoInternalPackageOfTheLibrary() {
    noClasses().should().dependOnClassesThat().resideInAPackage("..internal..").check(cli);
  }

  @Test
  void nothingHereKnowsTheExamples() {
    noClasses().should().dependOnClassesThat().resideInAPackage("it.pianodizona.examples..").check(cli);
  }

  @Test
  void hasNoStaticMutableState() {
    fields().that().areStatic().should().beFinal().check(cli);
  }
}
