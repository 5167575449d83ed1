package it.pianodizona.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Spiegazione della regola: why a rule exists, the norm it applies and how to fix its finding,
 * in Italian and English, as {@code pdz rules --explain RULE_ID} prints it and the page
 * {@code docs/rules/RULE_ID.md} shows it.
 *
 * <p>The catalogue gives the data (id, severity, family, citation, titles); the rest is written
 * by hand, one Markdown resource per rule and language:
 * {@code it/pianodizona/rules/explain/RULE_ID_it.md} and {@code RULE_ID_en.md}, each with a
 * rationale section and a fix section. A test in plan-tests fails, naming the rule, when a rule of
 * the standard catalogue has no such resource.
 */
public final class RuleExplanations {

  /** The folder of the rule pages, relative to the repository root. */
  public static final String PAGES = "docs/rules/";

  private static final String RESOURCE = "/it/pianodizona/rules/explain/%s_%s.md";

  private RuleExplanations() {}

  /** The resource that holds the hand-written part of a rule's explanation in one language. */
  public static String resource(String ruleId, Locale locale) {
    return String.format(Locale.ROOT, RESOURCE, ruleId, Messages.supported(locale).getLanguage());
  }

  /** The hand-written part in Italian or English (other languages get English), if written. */
  public static Optional<String> handWritten(String ruleId, Locale locale) {
    try (InputStream in = RuleExplanations.class.getResourceAsStream(resource(ruleId, locale))) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page of a rule that has an explanation, e.g. {@code docs/rules/BUDGET_TOTAL_MISMATCH.md}. */
  public static Optional<String> help(String ruleId) {
    return RuleExplanations.class.getResource(resource(ruleId, Locale.ITALIAN)) == null
        ? Optional.empty()
        : Optional.of(PAGES + ruleId + ".md");
  }

  /**
   * The explanation of a rule in Markdown: title, the catalogue's data, then the hand-written
   * rationale and fix; a line says so where the hand-written part is missing.
   */
  public static String explain(RuleDescriptor rule, Locale locale) {
    boolean italian = Messages.supported(locale).equals(Locale.ITALIAN);
    StringBuilder out = new StringBuilder();
    out.append("## ").append(rule.title(locale)).append("\n\n");
    out.append(italian ? "- Regola: `" : "- Rule: `").append(rule.id()).append("`\n");
    out.append(italian ? "- Gravità predefinita: " : "- Default severity: ")
        .append(rule.severity().name().toLowerCase(Locale.ROOT)).append('\n');
    out.append(italian ? "- Famiglia: " : "- Family: ").append(rule.family().name().toLowerCase(Locale.ROOT)).append('\n');
    out.append(italian ? "- Norma o fonte: " : "- Norm or source: ").append(rule.reference()).append("\n\n");
    out.append(handWritten(rule.id(), locale).orElse(italian
        ? "(Spiegazione non ancora scritta: " + resource(rule.id(), locale) + ")\n"
        : "(No explanation written yet: " + resource(rule.id(), locale) + ")\n"));
    return out.toString();
  }
}
