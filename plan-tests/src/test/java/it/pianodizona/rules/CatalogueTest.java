package it.pianodizona.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import it.pianodizona.registry.MunicipalityRegistry;
import it.pianodizona.rules.budget.BudgetRules;
import it.pianodizona.rules.deadlines.DeadlineRules;
import it.pianodizona.rules.eligibility.EligibilityRules;
import it.pianodizona.rules.governance.GovernanceRules;
import it.pianodizona.rules.indicators.IndicatorRules;
import it.pianodizona.rules.integrity.IntegrityRules;
import it.pianodizona.rules.leps.LepsRules;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Rule;
import it.pianodizona.rules.standard.StandardRules;
import it.pianodizona.rules.territory.TerritoryRules;
import it.pianodizona.testkit.mutators.Mutator;
import it.pianodizona.testkit.mutators.Mutators;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The catalogue as data: at least forty rules across the six families, each with a stable id, a
 * severity, a reference and titles in Italian and English, and a mutator that makes it fire.
 * The catalogue is written as JSON to {@code target/rule-catalogue.json} and printed.
 */
class CatalogueTest {

  private final RuleCatalogue catalogue = StandardRules.catalogue();

  @Test
  void holdsAtLeastFortyRulesInEveryFamily() {
    assertThat(catalogue.rules()).hasSizeGreaterThanOrEqualTo(40);
    Set<RuleFamily> families = catalogue.rules().stream().map(r -> r.descriptor().family())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(RuleFamily.class)));
    assertThat(families).containsExactlyInAnyOrder(RuleFamily.DEADLINES, RuleFamily.ELIGIBILITY,
        RuleFamily.BUDGET, RuleFamily.GOVERNANCE, RuleFamily.INDICATORS, RuleFamily.INTEGRITY, RuleFamily.TERRITORY,
        RuleFamily.LEPS);
    assertThat(catalogue.descriptors()).last().isEqualTo(RuleCatalogue.RULE_FAILED);
  }

  @Test
  void everyRuleHasAMutatorAndEveryMutatorARule() {
    Set<String> rules = catalogue.rules().stream().map(Rule::id).collect(Collectors.toSet());
    Set<String> mutated = Mutators.all().stream().map(Mutator::ruleId).collect(Collectors.toSet());
    assertThat(mutated).isEqualTo(rules);
  }

  @Test
  void theFamiliesListsMakeTheStandardCatalogueInOrderEachWithItsOwnFamily() {
    Map<RuleFamily, List<Rule>> families = new LinkedHashMap<>();
    families.put(RuleFamily.INTEGRITY, IntegrityRules.all());
    families.put(RuleFamily.TERRITORY, TerritoryRules.all(MunicipalityRegistry::italy));
    families.put(RuleFamily.DEADLINES, DeadlineRules.all());
    families.put(RuleFamily.ELIGIBILITY, EligibilityRules.all());
    families.put(RuleFamily.BUDGET, BudgetRules.all());
    families.put(RuleFamily.GOVERNANCE, GovernanceRules.all());
    families.put(RuleFamily.INDICATORS, IndicatorRules.all());
    families.put(RuleFamily.LEPS, LepsRules.all(MunicipalityRegistry::italy));
    families.forEach((family, rules) -> assertThat(rules).as("%s", family).isNotEmpty()
        .allSatisfy(r -> assertThat(r.descriptor().family()).isEqualTo(family)));
    assertThat(families.values().stream().flatMap(List::stream).map(Rule::id))
        .containsExactlyElementsOf(catalogue.rules().stream().map(Rule::id).toList());
    assertThat(TerritoryRules.all()).extracting(Rule::id)
        .containsExactlyElementsOf(families.get(RuleFamily.TERRITORY).stream().map(Rule::id).toList());
    assertThat(LepsRules.all()).extracting(Rule::id)
        .containsExactlyElementsOf(families.get(RuleFamily.LEPS).stream().map(Rule::id).toList());
  }

  @Test
  void eachRuleLivesInItsFamilysPackage() {
    for (Rule rule : catalogue.rules()) {
      String family = rule.descriptor().family().name().toLowerCase(Locale.ROOT);
      assertThat(rule.getClass().getPackageName()).isEqualTo("it.pianodizona.rules." + family);
    }
  }

  @Test
  void entriesAreIdSeverityReferenceAndTitles() throws IOException {
    List<ImmutableMap<String, Object>> entries = catalogue.entries();
    assertThat(entries).hasSize(catalogue.rules().size() + 1);
    for (Map<String, Object> entry : entries) {
      assertThat(entry.keySet()).containsExactly("id", "severity", "reference", "title");
      assertThat((String) entry.get("severity")).isIn("error", "warning", "info");
      @SuppressWarnings("unchecked")
      Map<String, String> title = (Map<String, String>) entry.get("title");
      assertThat(title.keySet()).containsExactly("it", "en");
      assertThat(title.values()).allSatisfy(t -> assertThat(t).isNotBlank());
    }
    assertThat(entries).anySatisfy(e -> assertThat(e).containsEntry("id", "BUDGET_TOTAL_MISMATCH")
        .containsEntry("severity", "error").containsEntry("reference", Citations.PLAN_DOCUMENT)
        .containsEntry("title", Map.of("it", "Le voci di budget non danno il totale dichiarato",
            "en", "Budget lines do not add up to the declared total")));

    String json = toJson(entries);
    Path file = Path.of("target", "rule-catalogue.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, json, StandardCharsets.UTF_8);
    System.out.println(json);
  }

  /** A few lines of JSON writing, so that plan-rules needs no JSON library even in its tests. */
  private static String toJson(Object value) {
    if (value instanceof Map) {
      return ((Map<?, ?>) value).entrySet().stream()
          .map(e -> toJson(e.getKey()) + ": " + toJson(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (value instanceof List) {
      return ((List<?>) value).stream().map(CatalogueTest::toJson).collect(Collectors.joining(",\n  ", "[\n  ", "\n]\n"));
    }
    StringBuilder s = new StringBuilder("\"");
    for (char c : value.toString().toCharArray()) {
      if (c == '"' || c == '\\') {
        s.append('\\').append(c);
      } else if (c < 0x20) {
        s.append(String.format("\\u%04x", (int) c));
      } else {
        s.append(c);
      }
    }
    return s.append('"').toString();
  }
}
