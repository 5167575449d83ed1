package it.pianodizona.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianodizona.io.PlanJson;
import it.pianodizona.io.PlanLabels;
import it.pianodizona.io.PlanReadException;
import it.pianodizona.io.ReadError;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.Percentage;
import it.pianodizona.rules.Finding;
import it.pianodizona.rules.RuleExplanations;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.ValidationReport;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Rapporto di validazione in JSON: several files' outcomes as one document,
 * {@code {"files":[{"file","plan","profile","asOf","counts":{"error","warning","info","waived"},
 * "findings":[{"rule","severity","path","label":{"it","en"},"message","reference","help","values"}]}]}}
 * ("help": the rule's page, docs/rules/RULE_ID.md, when it has one),
 * and for an unreadable file {@code {"file","error":{"kind","message","line","column","path"},
 * "errors":[{"kind","message","line","column","path"}, ...]}}: {@code error} is the first error
 * (as before the reader reported several), {@code errors} every error of the read in document
 * order, at most {@code --max-errors}; {@code kind} is the {@code ReadErrorKind} in lower case.
 *
 * <p>The layout is the one of {@code pdz rules --format json}: severities in lower case,
 * bilingual texts as {@code {"it","en"}} objects, the canonical formatting of plan files
 * (2-space indentation, {@code "name": value}, {@code \n} line ends, final newline). Numbers in
 * {@code values} are JSON numbers (money with its two decimals); other values are strings in
 * their ISO or plain form. {@code counts} counts the findings by severity (waived ones
 * included), and {@code waived} those under a waiver.
 */
public final class ReportJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ReportJson() {}

  /** The document for these outcomes; read-error messages in the given language. */
  public static String write(Collection<FileOutcome> outcomes, Locale locale) {
    return PlanJson.writeCanonical(tree(outcomes, locale));
  }

  /** The same document as a Jackson tree. */
  public static JsonNode tree(Collection<FileOutcome> outcomes, Locale locale) {
    ObjectNode root = NODES.objectNode();
    ArrayNode files = root.putArray("files");
    for (FileOutcome outcome : outcomes) {
      ObjectNode file = files.addObject();
      file.put("file", outcome.file());
      outcome.report().ifPresent(report -> writeReport(report, file));
      outcome.readError().ifPresent(error -> writeError(error, locale, file));
      outcome.ioError().ifPresent(message -> file.putObject("error").put("message", message));
    }
    return root;
  }

  private static void writeReport(ValidationReport report, ObjectNode file) {
    file.put("plan", report.planId());
    file.put("profile", report.profileId());
    report.asOf().ifPresent(asOf -> file.put("asOf", asOf.toString()));
    ObjectNode counts = file.putObject("counts");
    for (Severity severity : Severity.values()) {
      counts.put(severity.name().toLowerCase(Locale.ROOT), report.count(severity));
    }
    counts.put("waived", report.waivedCount());
    ArrayNode findings = file.putArray("findings");
    for (Finding finding : report.findings()) {
      ObjectNode node = findings.addObject();
      node.put("rule", finding.ruleId());
      node.put("severity", finding.severity().name().toLowerCase(Locale.ROOT));
      node.put("path", finding.path());
      node.putObject("label")
          .put("it", PlanLabels.italian(finding.path()))
          .put("en", PlanLabels.english(finding.path()));
      node.put("message", finding.message());
      node.put("reference", finding.reference());
      RuleExplanations.help(finding.ruleId()).ifPresent(page -> node.put("help", page));
      ObjectNode values = node.putObject("values");
      for (Map.Entry<String, Object> value : finding.values().entrySet()) {
        values.set(value.getKey(), valueNode(value.getValue()));
      }
      finding.waiver().ifPresent(waiver -> node.put("waived", waiver.reason()));
    }
  }

  private static void writeError(PlanReadException error, Locale locale, ObjectNode file) {
    writeError(error.errors().get(0), locale, file.putObject("error"));
    ArrayNode errors = file.putArray("errors");
    error.errors().forEach(each -> writeError(each, locale, errors.addObject()));
  }

  private static void writeError(ReadError error, Locale locale, ObjectNode node) {
    node.put("kind", error.kind().name().toLowerCase(Locale.ROOT));
    node.put("message", Locale.ITALIAN.getLanguage().equals(locale.getLanguage())
        ? error.italianMessage() : error.englishMessage());
    node.put("line", error.location().line());
    node.put("column", error.location().column());
    node.put("path", error.location().pointer());
  }

  private static JsonNode valueNode(Object value) {
    // DecimalNode keeps the scale: money stays 15000.00, not 1.5E+4.
    if (value instanceof Money) {
      return DecimalNode.valueOf(((Money) value).amount());
    }
    if (value instanceof Percentage) {
      return DecimalNode.valueOf(((Percentage) value).value());
    }
    if (value instanceof BigDecimal) {
      return DecimalNode.valueOf((BigDecimal) value);
    }
    if (value instanceof Integer || value instanceof Long) {
      return NODES.numberNode(((Number) value).longValue());
    }
    if (value instanceof Boolean) {
      return NODES.booleanNode((Boolean) value);
    }
    if (value instanceof Collection) {
      ArrayNode array = NODES.arrayNode();
      ((Collection<?>) value).forEach(item -> array.add(valueNode(item)));
      return array;
    }
    return NODES.textNode(String.valueOf(value));
  }
}
