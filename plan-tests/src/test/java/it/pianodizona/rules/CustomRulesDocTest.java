package it.pianodizona.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.pdz.DistrictValidation;
import com.example.pdz.ObjectiveWithoutReferent;
import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.objective.ImmutableObjective;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.RuleContext;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/CUSTOM-RULES.md: its worked example is the code of {@code com.example.pdz} in this module's
 * tests, character for character, and that code runs: the custom rule's findings carry its own
 * Italian and English messages.
 */
class CustomRulesDocTest {

  private static final Path DOC = Path.of("../docs/CUSTOM-RULES.md");
  private static final Path TESTS = Path.of("src/test");

  /** A generated plan whose first objective names no referent. */
  private static ZonePlan planWithoutReferent() {
    ZonePlan plan = PlanGenerator.generate(7, PlanShape.cremaSized(Region.LOMBARDIA));
    List<Objective> objectives = new ArrayList<>(plan.objectives());
    objectives.set(0, ImmutableObjective.copyOf(objectives.get(0)).withReferents(ImmutableList.of()));
    return ImmutableZonePlan.copyOf(plan).withObjectives(objectives);
  }

  @Test
  void theCustomRuleReportsWithItsOwnItalianAndEnglishMessages() {
    ZonePlan plan = planWithoutReferent();
    LocalDate asOf = plan.period().start();
    Finding italian = DistrictValidation.validator(asOf, Locale.ITALIAN).validate(plan).findings().stream()
        .filter(f -> f.ruleId().equals("LOCAL_OBJECTIVE_WITHOUT_REFERENT") && f.path().equals("/objectives/0"))
        .findFirst().orElseThrow();
    String code = plan.objectives().get(0).code();
    String title = plan.objectives().get(0).title();
    assertThat(italian.message()).isEqualTo("L'obiettivo " + code + " («" + title + "») non indica un referente.");
    assertThat(italian.severity()).isEqualTo(Severity.WARNING);
    Finding english = DistrictValidation.validator(asOf, Locale.ENGLISH).validate(plan).findings().stream()
        .filter(f -> f.ruleId().equals("LOCAL_OBJECTIVE_WITHOUT_REFERENT") && f.path().equals("/objectives/0"))
        .findFirst().orElseThrow();
    assertThat(english.message()).isEqualTo("Objective " + code + " (\"" + title + "\") names no referent.");
    RuleDescriptor descriptor = new ObjectiveWithoutReferent().descriptor();
    assertThat(descriptor.title(Locale.ITALIAN)).isEqualTo("Obiettivo senza referente");
    assertThat(descriptor.title(Locale.ENGLISH)).isEqualTo("Objective without a referent");
    assertThat(descriptor.messageBundle()).contains("com.example.pdz.messages");
  }

  @Test
  void theStandardRulesKeepTheirMessagesBesideACustomRule() {
    ZonePlan plan = planWithoutReferent();
    ValidationReport custom = DistrictValidation.validator(plan.period().start(), Locale.ITALIAN).validate(plan);
    ValidationReport standard = it.pianodizona.testkit.mutators.RuleTesting.validate(plan);
    assertThat(custom.findings()).filteredOn(f -> !f.ruleId().startsWith("LOCAL_"))
        .containsExactlyElementsOf(standard.findings());
  }

  @Test
  void aBundleThatIsNotOnTheClassPathIsRefusedWhenTheValidatorIsBuilt() {
    AbstractRule lost = new AbstractRule("LOCAL_LOST", RuleFamily.GOVERNANCE, Severity.INFO, "esempio",
        "com.example.pdz.nowhere") {
      @Override
      public void check(ZonePlan plan, RuleContext context) {}
    };
    assertThatThrownBy(() -> Validator.of(RuleCatalogue.of(List.of(lost))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LOCAL_LOST").hasMessageContaining("com/example/pdz/nowhere_it.properties");
  }

  @Test
  void theDocumentShowsTheCodeThatRuns() throws IOException {
    String doc = Files.readString(DOC, UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```(java|properties)\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    while (m.find()) {
      blocks.add(m.group(2));
    }
    assertThat(blocks).containsExactly(
        Files.readString(TESTS.resolve("java/com/example/pdz/ObjectiveWithoutReferent.java"), UTF_8),
        Files.readString(TESTS.resolve("resources/com/example/pdz/messages_it.properties"), UTF_8),
        Files.readString(TESTS.resolve("resources/com/example/pdz/messages_en.properties"), UTF_8),
        Files.readString(TESTS.resolve("java/com/example/pdz/DistrictValidation.java"), UTF_8));
  }
}
