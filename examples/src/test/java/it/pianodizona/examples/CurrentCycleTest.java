package it.pianodizona.examples;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.Finding;
import it.pianodizona.rules.ValidationOptions;
import it.pianodizona.rules.ValidationReport;
import it.pianodizona.rules.profile.RegionalProfiles;
import it.pianodizona.rules.standard.StandardRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Ciclo corrente: the Crema plan moved ten years on, to 2025-2027, is in Lombardia's current
 * cycle (DGR XII/2167 of 2024, *verify*), not off-cycle; moved to a cycle the profile does not
 * know it is an INFO, never the off-cycle warning.
 */
class CurrentCycleTest {

  private static final Pattern YEAR_2010S = Pattern.compile("(?<![0-9])201([0-9])(?![0-9])");

  /** The Crema plan's text with every year of the 2010s moved on by {@code years}. */
  private static ZonePlan cremaMovedBy(int years) throws IOException {
    String text = Files.readString(Path.of("plans", "crema-2015-2017.json"), StandardCharsets.UTF_8);
    Matcher m = YEAR_2010S.matcher(text);
    StringBuilder moved = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(moved, String.valueOf(2010 + Integer.parseInt(m.group(1)) + years));
    }
    m.appendTail(moved);
    return PlanJson.read(moved.toString());
  }

  private static ValidationReport underLombardia(ZonePlan plan) {
    return StandardRules.validator(ValidationOptions.builder().profile(RegionalProfiles.lombardia())
        .asOf(plan.period().start()).build()).validate(plan);
  }

  @Test
  void theCremaPlanMovedTo2025IsNotOffCycle() throws IOException {
    ZonePlan plan = cremaMovedBy(10);
    assertThat(plan.period().start().getYear()).isEqualTo(2025);
    assertThat(plan.period().end().getYear()).isEqualTo(2027);

    assertThat(underLombardia(plan).findings()).extracting(Finding::ruleId)
        .doesNotContain("PLAN_PERIOD_OFF_CYCLE", "PLAN_CYCLE_UNKNOWN");
  }

  @Test
  void aCycleTheProfileDoesNotKnowIsAnInfoNotAWarning() throws IOException {
    ZonePlan plan = cremaMovedBy(13);

    ValidationReport report = underLombardia(plan);
    assertThat(report.findings()).extracting(Finding::ruleId).doesNotContain("PLAN_PERIOD_OFF_CYCLE");
    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("PLAN_CYCLE_UNKNOWN"))
        .singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("/period"));
  }
}
