package it.pianodizona.diff;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import it.pianodizona.rules.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Confronto in JSON: writes a {@link PlanDiff} (and optionally a {@link FindingsDiff}) as the
 * JSON document described in {@code docs/DIFF-FORMAT.md}: {@code format}, {@code match},
 * {@code identical}, {@code changes}, {@code budget} and, when given, {@code findings}. Absent
 * values are absent fields, never {@code null}; amounts are JSON numbers as the plan states them.
 */
public final class DiffJson {

  /** The value of the document's {@code format} field. */
  public static final String FORMAT = "pianodizona-plan-diff/1";

  private DiffJson() {}

  /** The JSON document of a plan diff, two-space indented, with a final newline. */
  public static String write(PlanDiff diff, Optional<FindingsDiff> findings) {
    StringWriter out = new StringWriter();
    write(diff, findings, out);
    return out.toString();
  }

  /** Writes the JSON document of a plan diff; the writer is flushed, not closed. */
  public static void write(PlanDiff diff, Optional<FindingsDiff> findings, Writer out) {
    requireNonNull(diff);
    requireNonNull(findings);
    try {
      JsonGenerator json = Trees.mapper().getFactory().createGenerator(out);
      json.setPrettyPrinter(new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER)));
      json.writeStartObject();
      json.writeStringField("format", FORMAT);
      json.writeStringField("match", diff.options().match().name().toLowerCase(java.util.Locale.ROOT));
      json.writeBooleanField("identical", diff.isEmpty());
      json.writeArrayFieldStart("changes");
      for (Change change : diff.changes()) {
        change(json, change);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("budget");
      for (BudgetDelta delta : diff.budgetDeltas()) {
        budget(json, delta);
      }
      json.writeEndArray();
      if (findings.isPresent()) {
        json.writeObjectFieldStart("findings");
        findingList(json, "resolved", findings.get().resolved());
        findingList(json, "introduced", findings.get().introduced());
        findingList(json, "unchanged", findings.get().unchanged());
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeRaw('\n');
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void change(JsonGenerator json, Change change) throws IOException {
    json.writeStartObject();
    json.writeStringField("kind", change.kind().code());
    json.writeObjectFieldStart("label");
    json.writeStringField("it", change.label().italian());
    json.writeStringField("en", change.label().english());
    json.writeEndObject();
    side(json, "before", change.beforePath(), change.beforeNode());
    side(json, "after", change.afterPath(), change.afterNode());
    if (change.pairedBy().isPresent()) {
      json.writeStringField("pairedBy", change.pairedBy().get().code());
    }
    if (!change.words().isEmpty()) {
      json.writeArrayFieldStart("words");
      for (TextSegment segment : change.words()) {
        json.writeStartObject();
        json.writeStringField("kind", segment.kind().code());
        json.writeStringField("text", segment.text());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private static void side(JsonGenerator json, String name, Optional<String> path, Optional<JsonNode> value)
      throws IOException {
    if (path.isEmpty()) {
      return;
    }
    json.writeObjectFieldStart(name);
    json.writeStringField("path", path.get());
    if (value.isPresent()) {
      json.writeFieldName("value");
      json.writeTree(value.get());
    }
    json.writeEndObject();
  }

  private static void budget(JsonGenerator json, BudgetDelta delta) throws IOException {
    json.writeStartObject();
    json.writeStringField("scope", delta.scope().code());
    json.writeNumberField("year", delta.year().getValue());
    if (delta.objectiveId().isPresent()) {
      json.writeStringField("objectiveId", delta.objectiveId().get());
    }
    if (delta.fundingSource().isPresent()) {
      json.writeObjectFieldStart("fundingSource");
      json.writeStringField("kind", delta.fundingSource().get().kind().name().toLowerCase(java.util.Locale.ROOT));
      if (delta.fundingSource().get().label().isPresent()) {
        json.writeStringField("label", delta.fundingSource().get().label().get());
      }
      json.writeEndObject();
    }
    figure(json, "before", delta.before());
    figure(json, "after", delta.after());
    number(json, "change", delta.change());
    number(json, "percentChange", delta.percentChange());
    json.writeEndObject();
  }

  private static void figure(JsonGenerator json, String name, BudgetFigure figure) throws IOException {
    json.writeObjectFieldStart(name);
    json.writeBooleanField("inPlan", figure.inPlan());
    number(json, "amount", figure.amount());
    json.writeEndObject();
  }

  private static void number(JsonGenerator json, String name, Optional<BigDecimal> value) throws IOException {
    if (value.isPresent()) {
      json.writeFieldName(name);
      json.writeNumber(value.get());
    }
  }

  private static void findingList(JsonGenerator json, String name, List<FindingChange> changes) throws IOException {
    json.writeArrayFieldStart(name);
    for (FindingChange change : changes) {
      json.writeStartObject();
      json.writeStringField("ruleId", change.ruleId());
      json.writeStringField("element", change.element());
      finding(json, "before", change.before());
      finding(json, "after", change.after());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void finding(JsonGenerator json, String name, Optional<Finding> finding) throws IOException {
    if (finding.isEmpty()) {
      return;
    }
    json.writeObjectFieldStart(name);
    json.writeStringField("path", finding.get().path());
    json.writeStringField("severity", finding.get().severity().name());
    json.writeStringField("message", finding.get().message());
    json.writeEndObject();
  }
}
