package it.pianodizona.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.territory.Region;
import it.pianodizona.rules.standard.StandardRules;
import it.pianodizona.testkit.mutators.Mutation;
import it.pianodizona.testkit.mutators.Mutator;
import it.pianodizona.testkit.mutators.Mutators;
import it.pianodizona.testkit.mutators.RuleTesting;
import it.pianodizona.testkit.plans.PlanGenerator;
import it.pianodizona.testkit.plans.PlanShape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Le pagine delle regole: docs/rules/RULE_ID.md for every rule of the standard catalogue, generated
 * from the catalogue (id, severity, family, citation, titles), the hand-written explanation of
 * {@link RuleExplanations} in Italian and English, and an example pair built with the rule's
 * mutator: a generated plan where the rule does not fire and the same plan with one defect, where
 * it fires. This test checks both examples with the validator, fails naming every rule without a
 * hand-written explanation, and fails when a page is stale. Regenerate the pages with
 * {@code ./mvnw -B -o -pl plan-tests -am test -Dtest=RulePagesTest -Dsurefire.failIfNoSpecifiedTests=false -Dpdz.regenerate=true}.
 */
class RulePagesTest {

  static final Path PAGES = Path.of("../docs/rules");
  private static final boolean REGENERATE = Boolean.getBoolean("pdz.regenerate");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REGENERATE_COMMAND = "./mvnw -B -o -pl plan-tests -am test -Dtest=RulePagesTest "
      + "-Dsurefire.failIfNoSpecifiedTests=false -Dpdz.regenerate=true";

  @Test
  void everyRuleHasAHandWrittenExplanationInItalianAndEnglish() {
    List<String> missing = new ArrayList<>();
    for (RuleDescriptor rule : StandardRules.catalogue().descriptors()) {
      for (Locale locale : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
        Optional<String> text = RuleExplanations.handWritten(rule.id(), locale);
        if (text.isEmpty()) {
          missing.add("rule " + rule.id() + " has no hand-written explanation: add plan-rules/src/main/resources"
              + RuleExplanations.resource(rule.id(), locale) + " (see CONTRIBUTING.md, \"Add a rule\")");
        } else {
          String[] sections = locale == Locale.ITALIAN
              ? new String[] {"### Perché\n", "### Come correggere\n"}
              : new String[] {"### Why\n", "### How to fix\n"};
          assertThat(text.get()).as("%s %s", rule.id(), locale).contains(sections);
        }
      }
    }
    assertThat(missing).as("rules without an explanation").isEmpty();
  }

  @Test
  void theRulePagesAreUpToDate() throws IOException {
    Map<String, String> pages = new LinkedHashMap<>();
    for (RuleDescriptor rule : StandardRules.catalogue().descriptors()) {
      pages.put(rule.id() + ".md", page(rule));
    }
    pages.put("README.md", index());
    if (REGENERATE) {
      Files.createDirectories(PAGES);
      try (Stream<Path> old = Files.list(PAGES)) {
        for (Path file : old.toList()) {
          if (!pages.containsKey(file.getFileName().toString())) {
            Files.delete(file);
          }
        }
      }
      for (Map.Entry<String, String> page : pages.entrySet()) {
        Files.writeString(PAGES.resolve(page.getKey()), page.getValue(), UTF_8);
      }
      return;
    }
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Path file = PAGES.resolve(page.getKey());
      if (!Files.exists(file) || !Files.readString(file, UTF_8).equals(page.getValue())) {
        stale.add(page.getKey());
      }
    }
    Set<String> present = new TreeSet<>();
    if (Files.isDirectory(PAGES)) {
      try (Stream<Path> files = Files.list(PAGES)) {
        files.map(f -> f.getFileName().toString()).forEach(present::add);
      }
    }
    present.removeAll(pages.keySet());
    assertThat(stale).as("stale pages in docs/rules; regenerate with %s", REGENERATE_COMMAND).isEmpty();
    assertThat(present).as("pages of no rule in docs/rules; regenerate with %s", REGENERATE_COMMAND).isEmpty();
  }

  @Test
  void everyFindingLinksToAnExistingPage() {
    for (RuleDescriptor rule : StandardRules.catalogue().descriptors()) {
      RuleExplanations.help(rule.id()).ifPresent(help ->
          assertThat(PAGES.getParent().getParent().resolve(help)).as(rule.id()).exists());
    }
  }

  static String page(RuleDescriptor rule) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(rule.id()).append("\n\n");
    out.append("<!-- Generated by RulePagesTest (plan-tests) from the rule catalogue, the texts in "
        + "plan-rules/src/main/resources/it/pianodizona/rules/explain/ and the rule's mutator; do not edit. "
        + "Regenerate: ").append(REGENERATE_COMMAND).append(" -->\n\n");
    out.append("`pdz rules --explain ").append(rule.id()).append("` prints the part of this page in the chosen "
        + "language (`--lang it|en`).\n\n");
    out.append(RuleExplanations.explain(rule, Locale.ITALIAN)).append('\n');
    out.append(RuleExplanations.explain(rule, Locale.ENGLISH)).append('\n');
    out.append(examples(rule));
    return out.toString();
  }

  /**
   * The example pair: the first generated plan (smallest shapes first, then Crema-sized) the
   * rule's mutator applies to. Both are checked here: the plan has no finding of the rule, the
   * mutated plan has one at the mutation's path.
   */
  static String examples(RuleDescriptor rule) {
    Optional<Mutator> mutator = Mutators.all().stream().filter(m -> m.ruleId().equals(rule.id())).findFirst();
    if (mutator.isEmpty()) {
      return "## Esempi / Examples\n\nNessun esempio: la regola non riguarda un difetto del piano. / "
          + "No example: the rule is about no defect of a plan.\n";
    }
    Region[] regions = {Region.LOMBARDIA, Region.PUGLIA, Region.EMILIA_ROMAGNA, Region.TOSCANA};
    for (int size = 0; size < 2; size++) {
      for (long seed = 0; seed < 40; seed++) {
        Region region = regions[(int) (seed % regions.length)];
        PlanShape shape = size == 0 ? new PlanShape(region, 2, 3, 2, 2) : PlanShape.cremaSized(region);
        ZonePlan valid = PlanGenerator.generate(seed, shape);
        Optional<Mutation> mutation = mutator.get().apply(valid, 0);
        if (mutation.isEmpty()) {
          continue;
        }
        ValidationReport passing = RuleTesting.validate(valid, mutation.get().asOf().orElse(valid.period().start()),
            Locale.ITALIAN);
        ValidationReport failing = RuleTesting.validate(mutation.get(), valid);
        assertThat(passing.findings()).as("the passing example of %s", rule.id())
            .noneMatch(f -> f.ruleId().equals(rule.id()));
        assertThat(failing.findings()).as("the failing example of %s", rule.id())
            .anyMatch(f -> f.ruleId().equals(rule.id()) && f.path().equals(mutation.get().path()));
        return examples(rule, seed, shape, valid, mutation.get());
      }
    }
    throw new AssertionError("the mutator of " + rule.id() + " applies to no generated plan of the examples");
  }

  private static String examples(RuleDescriptor rule, long seed, PlanShape shape, ZonePlan valid, Mutation mutation) {
    String path = mutation.path();
    JsonNode before = at(valid, path);
    JsonNode after = at(mutation.plan(), path);
    if (before != null && after != null && before.isObject() && after.isObject()) {
      ObjectNode[] changed = changedFields((ObjectNode) before, (ObjectNode) after);
      before = changed[0];
      after = changed[1];
    }
    String where = path.isEmpty() ? "/" : path;
    StringBuilder out = new StringBuilder("## Esempi / Examples\n\n");
    out.append("Valori illustrativi di un piano generato (`PlanGenerator`, seme ").append(seed).append(", ")
        .append(shape.region().name().toLowerCase(Locale.ROOT)).append(", ").append(shape.objectives())
        .append(" obiettivi), non di un piano reale; si mostrano i soli campi in `").append(where)
        .append("` che il difetto cambia. / Illustrative values of a generated plan (seed ").append(seed)
        .append("), not of a real one; only the fields at `").append(where).append("` the defect changes are shown.");
    mutation.asOf().ifPresent(asOf -> out.append(" Validato al / validated as of ").append(asOf).append('.'));
    out.append("\n\n");
    out.append("Passa (la regola non scatta) / Passes (the rule does not fire):\n\n");
    out.append(fenced(before));
    out.append("Non passa: la regola scatta in `").append(where).append("` / Fails: the rule fires at `")
        .append(where).append("`:\n\n");
    out.append(fenced(after));
    return out.toString();
  }

  private static String fenced(JsonNode node) {
    String json = node == null ? "(assente / absent)\n" : PlanJson.writeCanonical(node);
    return node == null ? json + "\n" : "```json\n" + json + (json.endsWith("\n") ? "" : "\n") + "```\n\n";
  }

  private static JsonNode at(ZonePlan plan, String path) {
    try {
      JsonNode node = JSON.readTree(PlanJson.write(plan)).at(JsonPointer.compile(path));
      return node.isMissingNode() ? null : node;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fields that differ between the two objects (with the id, which says which element it is). */
  private static ObjectNode[] changedFields(ObjectNode before, ObjectNode after) {
    ObjectNode b = JSON.createObjectNode();
    ObjectNode a = JSON.createObjectNode();
    Set<String> names = new TreeSet<>();
    before.fieldNames().forEachRemaining(names::add);
    after.fieldNames().forEachRemaining(names::add);
    List<String> ordered = new ArrayList<>();
    for (Iterator<String> it = before.fieldNames(); it.hasNext();) {
      ordered.add(it.next());
    }
    for (Iterator<String> it = after.fieldNames(); it.hasNext();) {
      String name = it.next();
      if (!ordered.contains(name)) {
        ordered.add(name);
      }
    }
    for (String name : ordered) {
      boolean differs = !java.util.Objects.equals(before.get(name), after.get(name));
      if (differs || name.equals("id")) {
        if (before.has(name)) {
          b.set(name, before.get(name));
        }
        if (after.has(name)) {
          a.set(name, after.get(name));
        }
      }
    }
    return new ObjectNode[] {b, a};
  }

  static String index() {
    StringBuilder out = new StringBuilder("# Regole / Rules\n\n");
    out.append("<!-- Generated by RulePagesTest (plan-tests); do not edit. Regenerate: ").append(REGENERATE_COMMAND)
        .append(" -->\n\n");
    out.append("Una pagina per regola del catalogo (`pdz rules`, `pdz rules --format csv`): perché esiste, la norma, "
        + "come correggere il rilievo, un esempio che passa e uno che la fa scattare. / One page per rule of the "
        + "catalogue: why it exists, the norm, how to fix its finding, a passing and a failing example.\n\n");
    out.append("| id | gravità / severity | famiglia / family | titolo | title |\n|---|---|---|---|---|\n");
    for (RuleDescriptor rule : StandardRules.catalogue().descriptors()) {
      out.append("| [").append(rule.id()).append("](").append(rule.id()).append(".md) | ")
          .append(rule.severity().name().toLowerCase(Locale.ROOT)).append(" | ")
          .append(rule.family().name().toLowerCase(Locale.ROOT)).append(" | ")
          .append(rule.title(Locale.ITALIAN).replace("|", "\\|")).append(" | ")
          .append(rule.title(Locale.ENGLISH).replace("|", "\\|")).append(" |\n");
    }
    return out.toString();
  }
}
