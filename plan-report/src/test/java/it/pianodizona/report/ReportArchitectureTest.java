package it.pianodizona.report;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report document and renderer stand alone: mappings from monitoring, diff or overview results
 * go in subpackages (it.pianodizona.report.monitoring, …), never the other way round.
 */
class ReportArchitectureTest {

  private static final String[] CORE = {"it.pianodizona.report", "it.pianodizona.report.internal.."};

  private static JavaClasses classes;

  @BeforeAll
  static void importReport() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("it.pianodizona.report");
  }

  @Test
  void theDocumentAndRendererDependOnNoOtherProjectModule() {
    noClasses().that().resideInAnyPackage(CORE)
        .should().dependOnClassesThat(resideInAPackage("it.pianodizona..").and(not(resideInAnyPackage(CORE))))
        .check(classes);
  }

  @Test
  void theCoreDoesNotKnowTheMappingsBuiltOnIt() {
    noClasses().that().resideInAnyPackage(CORE)
        .should().dependOnClassesThat(resideInAPackage("it.pianodizona.report..").and(not(resideInAnyPackage(CORE))))
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void readsNoClockAndHoldsNoStaticMutableState() {
    noClasses().should().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.LocalDateTime.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
        .check(classes);
    fields().that().areStatic().should().beFinal().check(classes);
  }
}
