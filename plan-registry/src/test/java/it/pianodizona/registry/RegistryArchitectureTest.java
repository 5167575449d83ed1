package it.pianodizona.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The registry depends only downwards (the model's Region, Guava, the JDK) and holds no mutable static state. */
class RegistryArchitectureTest {

  private static JavaClasses registry;

  @BeforeAll
  static void importRegistry() {
    registry = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPath(Path.of("target", "classes"));
  }

  @Test
  void dependsOnlyOnTheModelGuavaAndTheJdk() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage(
            "it.pianodizona.registry..", "it.pianodizona.model.territory..", "com.google.common..", "java..")
        .check(registry);
  }

  @Test
  void hasNoStaticMutableState() {
    fields().that().areStatic().should().beFinal().check(registry);
  }
}
