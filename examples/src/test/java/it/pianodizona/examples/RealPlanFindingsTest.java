package it.pianodizona.examples;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.io.PlanJson;
import it.pianodizona.rules.Finding;
import it.pianodizona.rules.ValidationOptions;
import it.pianodizona.rules.ValidationReport;
import it.pianodizona.rules.standard.StandardRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The findings of every bundled real plan are pinned in {@code findings/<plan>.txt}, each with
 * the reason it is a real issue of the source document. A new finding is either another real
 * issue (pin it and say why) or a bug in a rule or in the encoding (fix it).
 */
class RealPlanFindingsTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

  static Stream<Path> plans() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("plans"))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList()).stream();
    }
  }

  @ParameterizedTest
  @MethodSource("plans")
  void findingsArePinnedAndExplained(Path plan) throws Exception {
    String name = plan.getFileName().toString().replace(".json", ".txt");
    List<String> pinned = Files.readAllLines(Path.of("src/test/resources/findings", name)).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .collect(Collectors.toList());
    assertThat(pinned).as("every pinned finding says why it is real")
        .allSatisfy(line -> assertThat(line).containsPattern("  # \\S"));

    ValidationReport report = StandardRules.validator(ValidationOptions.builder()
        .asOf(AS_OF).locale(Locale.ENGLISH).build()).validate(PlanJson.read(plan));
    List<String> actual = report.findings().stream().map(RealPlanFindingsTest::key)
        .collect(Collectors.toList());
    List<String> expected = pinned.stream().map(line -> line.substring(0, line.indexOf("  #")).strip())
        .collect(Collectors.toList());
    assertThat(actual).as(plan.toString()).containsExactlyElementsOf(expected);
  }

  private static String key(Finding finding) {
    return finding.severity() + " " + finding.ruleId() + " " + finding.path();
  }
}
