package it.pianodizona.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import it.pianodizona.io.PlanReadException;
import it.pianodizona.io.ReadErrorKind;
import it.pianodizona.io.ReadLimits;
import it.pianodizona.io.ReadResult;
import it.pianodizona.io.SourceLocation;
import it.pianodizona.model.ZonePlan;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Lettore di documenti: turns bytes or text into a plan with {@link ModelCodecs#ZONE_PLAN},
 * under the configured limits, and turns every way that can fail into a
 * {@link PlanReadException} with a location.
 */
public final class DocumentReader {

  private final ReadLimits limits;
  private final boolean lenient;
  private final JsonFactory factory;

  public DocumentReader(ReadLimits limits, boolean lenient) {
    this.limits = limits;
    this.lenient = lenient;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxNumberLength(limits.maxNumberLength())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxNameLength())
            .maxDocumentLength(limits.maxDocumentLength())
            .build())
        .enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  /** Reads at most the document length limit from the stream, then parses what it read. */
  public ReadResult read(InputStream in, Optional<String> source) throws IOException {
    byte[] bytes = in.readNBytes(limits.maxDocumentLength() + 1);
    return read(bytes, source);
  }

  public ReadResult read(byte[] bytes, Optional<String> source) throws IOException {
    ReadContext ctx = new ReadContext(source, lenient, bytes);
    if (bytes.length > limits.maxDocumentLength()) {
      throw tooLong(ctx, Offsets.locate(bytes, limits.maxDocumentLength()));
    }
    return read(factory.createParser(bytes), ctx);
  }

  public ReadResult read(String text, Optional<String> source) throws IOException {
    ReadContext ctx = new ReadContext(source, lenient, null);
    if (text.length() > limits.maxDocumentLength()) {
      throw tooLong(ctx, Offsets.locate(text, limits.maxDocumentLength()));
    }
    return read(factory.createParser(text), ctx);
  }

  private ReadResult read(JsonParser p, ReadContext ctx) throws IOException {
    try (p) {
      if (p.nextToken() == null) {
        throw ctx.error(ctx.locate(p.currentLocation(), ""), ReadErrorKind.EMPTY_DOCUMENT,
            "documento vuoto", "empty document", null);
      }
      ZonePlan plan = ModelCodecs.ZONE_PLAN.read(p, ctx);
      checkNothingFollows(p, ctx);
      return ReadResult.builder().plan(plan).warnings(ctx.warnings()).build();
    } catch (StreamConstraintsException e) {
      throw limitExceeded(p, ctx, e);
    } catch (JsonProcessingException e) {
      throw malformed(p, ctx, e);
    }
  }

  private static void checkNothingFollows(JsonParser p, ReadContext ctx) throws IOException {
    JsonToken next;
    try {
      next = p.nextToken();
    } catch (JsonProcessingException e) {
      throw ctx.error(ctx.locate(e.getLocation(), ""), ReadErrorKind.TRAILING_CONTENT,
          "contenuto dopo la fine del piano", "content after the end of the plan", e);
    }
    if (next != null) {
      throw ctx.error(ctx.locate(p.currentTokenLocation(), ""), ReadErrorKind.TRAILING_CONTENT,
          "contenuto dopo la fine del piano", "content after the end of the plan", null);
    }
  }

  private static PlanReadException malformed(JsonParser p, ReadContext ctx, JsonProcessingException e) {
    JsonLocation where = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    String detail = firstLine(e.getOriginalMessage());
    return ctx.error(ctx.locate(where, ReadContext.pointer(p)), ReadErrorKind.MALFORMED_JSON,
        "JSON non valido: " + detail, "malformed JSON: " + detail, e);
  }

  private PlanReadException limitExceeded(JsonParser p, ReadContext ctx, StreamConstraintsException e) {
    JsonLocation where = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    String message = e.getOriginalMessage();
    String italian;
    String english;
    if (message.startsWith("Document nesting depth")) {
      italian = "annidamento oltre il limite di " + limits.maxNestingDepth() + " livelli";
      english = "nesting deeper than the limit of " + limits.maxNestingDepth() + " levels";
    } else if (message.startsWith("Number value length") || message.startsWith("Number length")) {
      italian = "numero più lungo del limite di " + limits.maxNumberLength() + " caratteri";
      english = "number longer than the limit of " + limits.maxNumberLength() + " characters";
    } else if (message.startsWith("String value length") || message.startsWith("String length")) {
      italian = "testo più lungo del limite di " + limits.maxStringLength() + " caratteri";
      english = "text longer than the limit of " + limits.maxStringLength() + " characters";
    } else if (message.startsWith("Name length") || message.startsWith("Name value length")) {
      italian = "nome di campo più lungo del limite di " + limits.maxNameLength() + " caratteri";
      english = "field name longer than the limit of " + limits.maxNameLength() + " characters";
    } else if (message.startsWith("Document length")) {
      italian = "documento più lungo del limite di " + limits.maxDocumentLength() + " byte";
      english = "document longer than the limit of " + limits.maxDocumentLength() + " bytes";
    } else {
      italian = "limite di lettura superato: " + firstLine(message);
      english = "read limit exceeded: " + firstLine(message);
    }
    return ctx.error(ctx.locate(where, ReadContext.pointer(p)), ReadErrorKind.LIMIT_EXCEEDED, italian, english, e);
  }

  private PlanReadException tooLong(ReadContext ctx, int[] lineAndColumn) {
    SourceLocation at = ctx.locate(lineAndColumn[0], lineAndColumn[1], "");
    return ctx.error(at, ReadErrorKind.LIMIT_EXCEEDED,
        "documento più lungo del limite di " + limits.maxDocumentLength() + " byte",
        "document longer than the limit of " + limits.maxDocumentLength() + " bytes", null);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
