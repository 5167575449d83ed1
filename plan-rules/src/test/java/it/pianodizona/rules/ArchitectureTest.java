package it.pianodizona.rules;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Rule;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules module's layering: it depends on the plan model, the registry, Guava and the JDK only; the engine
 * knows no family; no family knows another; families are written against the spi (and the
 * profiles), not the engine's workings; no package cycles; time enters only through the
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
        .resideInAnyPackage("com.fasterxml..", "com.networknt..", "it.pianodizona.io..", "it.pianodizona.cli..", "it.pianodizona.examples..")
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
  void familiesDependOnTheSpiNotOnEachOtherOrTheEngineInternals() {
    // What a rule may name of the root package: the descriptor it is built from.
    noClasses().that().resideInAnyPackage(FAMILIES)
        .should().dependOnClassesThat(resideInAPackage("it.pianodizona.rules")
            .and(not(belongToAnyOf(RuleDescriptor.class, RuleFamily.class, Severity.class))))
        .check(rules);
  }

  @Test
  void theSpiNamesOnlyTheDescriptorTypesOfTheEngine() {
    noClasses().that().resideInAPackage("it.pianodizona.rules.spi")
        .should().dependOnClassesThat(resideInAPackage("it.pianodizona.rules")
            .and(not(belongToAnyOf(RuleDescriptor.class, RuleFamily.class, Severity.class))))
        .check(rules);
  }

  @Test
  void theProfilesKnowNeitherTheEngineNorTheRules() {
    noClasses().that().resideInAPackage("it.pianodizona.rules.profile")
        .should().dependOnClassesThat().resideInAnyPackage(FAMILIES)
        .orShould().dependOnClassesThat().resideInAnyPackage("it.pianodizona.rules", "it.pianodizona.rules.standard")
        .orShould().dependOnClassesThat(resideInAPackage("it.pianodizona.rules.spi")
            .and(not(belongToAnyOf(Citations.class))))
        .check(rules);
  }

  @Test
  void hasNoPackageCycles() {
    // One slice per package, except that the engine, its spi and its profiles are one slice: the
    // spi names the engine's descriptor types, the profiles cite the spi's citations, the engine
    // runs spi rules with profiles. The tests above bound what each of the three may use.
    slices().assignedFrom(new SliceAssignment() {
          @Override
          public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith("it.pianodizona.")) {
              return SliceIdentifier.ignore();
            }
            boolean engine = name.equals("it.pianodizona.rules") || name.equals("it.pianodizona.rules.spi")
                || name.equals("it.pianodizona.rules.profile");
            return SliceIdentifier.of(engine ? "it.pianodizona.rules (engine, spi, profile)" : name);
          }

          @Override
          public String getDescription() {
            return "packages, with the engine, its spi and its profiles as one";
          }
        })
        .should().beFreeOfCycles().check(rules);
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
    classes().that().implement(Rule.class)
        .and().resideOutsideOfPackages("it.pianodizona.rules", "it.pianodizona.rules.spi")
        .should().notBePublic().andShould().haveOnlyFinalFields()
        .check(rules);
  }
}
