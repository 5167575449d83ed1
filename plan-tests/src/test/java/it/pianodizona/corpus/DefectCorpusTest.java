package it.pianodizona.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.Finding;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.ValidationOptions;
import it.pianodizona.rules.ValidationReport;
import it.pianodizona.rules.standard.StandardRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Il corpus di difetti: runs every case of {@link DefectCorpus} on the bundled real plans, as the
 * real-plan findings test judges them (as of 1 January 2026), and prints the detection rate and
 * the false ERRORs: a defect is detected when its rule reports at its path; a valid variant
 * raises a false ERROR when it has an ERROR the original plan has not. ERRORs of other rules on a
 * defect case are printed as secondary findings (the other side of the same contradiction, such
 * as a negative line that also breaks its year's total) for review, not counted as false.
 */
class DefectCorpusTest {

  private static final Path PLANS = Path.of("..", "examples", "plans");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theCorpusIsDetectedWithoutFalseErrors() throws Exception {
    List<CorpusCase> cases = DefectCorpus.all();
    Map<String, JsonNode> originals = new HashMap<>();
    Map<String, List<String>> originalErrors = new HashMap<>();
    List<String> missed = new ArrayList<>();
    List<String> falseErrors = new ArrayList<>();
    List<String> secondary = new ArrayList<>();
    int defects = 0;
    int detected = 0;
    for (CorpusCase c : cases) {
      JsonNode original = originals.computeIfAbsent(c.plan(), p -> read(PLANS.resolve(p)));
      originalErrors.computeIfAbsent(c.plan(), p -> errors(validate(PlanJson.read(original.toString(), p))));
      ValidationReport report = validate(PlanJson.read(c.apply(original), c.name()));
      if (c.isDefect()) {
        defects++;
        boolean found = report.findings().stream()
            .anyMatch(f -> f.ruleId().equals(c.rule().get()) && f.path().equals(c.path().get()));
        if (found) {
          detected++;
        } else {
          missed.add(c.name() + ": expected " + c.rule().get() + " at " + c.path().get() + " (" + c.reason() + "); got "
              + report.findings().stream().map(f -> f.ruleId() + " " + f.path()).collect(Collectors.toList()));
        }
      }
      for (String error : errors(report)) {
        if (originalErrors.get(c.plan()).contains(error)) {
          continue;
        }
        if (!c.isDefect()) {
          falseErrors.add(c.name() + ": " + error);
        } else if (!error.startsWith(c.rule().get() + " ")) {
          secondary.add(c.name() + ": " + error);
        }
      }
    }
    long valid = cases.stream().filter(c -> !c.isDefect()).count();
    System.out.printf("Defect corpus: %d/%d defects detected (%.1f%%), %d valid variants, %d false ERRORs%n",
        detected, defects, 100.0 * detected / defects, valid, falseErrors.size());
    missed.forEach(m -> System.out.println("  missed " + m));
    falseErrors.forEach(e -> System.out.println("  false ERROR " + e));
    secondary.forEach(e -> System.out.println("  secondary ERROR " + e));
    assertThat(defects).as("defect cases").isGreaterThanOrEqualTo(80);
    assertThat(valid).as("valid cases").isGreaterThanOrEqualTo(20);
    assertThat(falseErrors).as("false ERRORs").isEmpty();
    assertThat(100.0 * detected / defects).as("detection rate, missed: %s", missed).isGreaterThanOrEqualTo(95.0);
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(Files.readString(file));
    } catch (Exception e) {
      throw new IllegalStateException(file + ": " + e.getMessage(), e);
    }
  }

  private static ValidationReport validate(ZonePlan plan) {
    return StandardRules.validator(ValidationOptions.builder().asOf(LocalDate.of(2026, 1, 1))
        .locale(Locale.ENGLISH).build()).validate(plan);
  }

  private static List<String> errors(ValidationReport report) {
    return report.findings().stream().filter(f -> f.severity() == Severity.ERROR)
        .map(f -> f.ruleId() + " " + f.path()).collect(Collectors.toList());
  }
}
