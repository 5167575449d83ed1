package it.pianodizona.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.google.common.collect.ImmutableList;
import it.pianodizona.io.PlanReadException;
import it.pianodizona.io.ReadErrorKind;
import it.pianodizona.io.ReadLimits;
import it.pianodizona.io.ReadResult;
import it.pianodizona.io.ReadWarning;
import it.pianodizona.io.SourceLocation;
import it.pianodizona.model.ZonePlan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lettore di documenti: turns bytes or text into a plan with {@link ModelCodecs#ZONE_PLAN} (or
 * into any other root document of the library, such as a monitoring document), under the
 * configured limits, and turns every way that can fail into a {@link PlanReadException} with a
 * location.
 */
public final class DocumentReader {

  private static final Pattern REDACTED_SOURCE = Pattern.compile("\\[Source: [^;\\]]*; ");

  private final ReadLimits limits;
  private final boolean lenient;
  private final JsonFactory factory;
  // The same limits but on the length of names and numbers, to find the token that broke one.
  private final JsonFactory rescanFactory;

  public DocumentReader(ReadLimits limits, boolean lenient) {
    this.limits = limits;
    this.lenient = lenient;
    this.factory = factory(limits.maxNumberLength(), limits.maxNameLength());
    this.rescanFactory = factory(Integer.MAX_VALUE, Integer.MAX_VALUE);
  }

  private JsonFactory factory(int maxNumberLength, int maxNameLength) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxNumberLength(maxNumberLength)
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(maxNameLength)
            .maxDocumentLength(limits.maxDocumentLength())
            .build())
        .enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  /** Parses the same input again from its start. */
  @FunctionalInterface
  private interface Rescan {
    JsonParser parser(JsonFactory factory) throws IOException;
  }

  /**
   * A root document type: its codec and how messages name it ("piano"/"plan").
   *
   * @param codec the codec of the whole document
   * @param documentKey the bundle key of the document's name in messages
   */
  public record Root<T>(Codec<T> codec, String documentKey) {}

  /** A document read, with the warnings a lenient read collected. */
  public record Document<T>(T value, ImmutableList<ReadWarning> warnings) {}

  private static final Root<ZonePlan> PLAN = new Root<>(ModelCodecs.ZONE_PLAN, "document.plan");

  private static ReadResult plan(Document<ZonePlan> document) {
    return ReadResult.builder().plan(document.value()).warnings(document.warnings()).build();
  }

  /** Reads at most the document length limit from the stream, then parses what it read. */
  public ReadResult read(InputStream in, Optional<String> source) throws IOException {
    return plan(read(in, source, PLAN));
  }

  public ReadResult read(Path file, Optional<String> source) throws IOException {
    return plan(read(file, source, PLAN));
  }

  public ReadResult read(byte[] bytes, Optional<String> source) throws IOException {
    return plan(read(bytes, source, PLAN));
  }

  public ReadResult read(String text, Optional<String> source) throws IOException {
    return plan(read(text, source, PLAN));
  }

  /** Reads at most the document length limit from the stream, then parses what it read. */
  public <T> Document<T> read(InputStream in, Optional<String> source, Root<T> root) throws IOException {
    byte[] bytes = in.readNBytes(limits.maxDocumentLength() + 1);
    return read(bytes, source, root);
  }

  /**
   * Reads a file. A regular file longer than the limit is refused from its size, without
   * reading it into memory; a shorter one is read into one array of its size, where a stream
   * needs twice that on the way.
   */
  public <T> Document<T> read(Path file, Optional<String> source, Root<T> root) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      InputStream in = Channels.newInputStream(channel);
      long size = Files.isRegularFile(file) ? channel.size() : -1;
      if (size > limits.maxDocumentLength()) {
        throw tooLong(new ReadContext(source, lenient, null), Offsets.locate(in, limits.maxDocumentLength()));
      }
      if (size < 0) {
        return read(in, source, root);
      }
      byte[] bytes = new byte[(int) size];
      int read = in.readNBytes(bytes, 0, bytes.length);
      if (read < bytes.length || in.read() >= 0) {
        // The file changed while it was read: read it again as any stream.
        channel.position(0);
        return read(in, source, root);
      }
      return read(bytes, source, root);
    }
  }

  public <T> Document<T> read(byte[] bytes, Optional<String> source, Root<T> root) throws IOException {
    ReadContext ctx = new ReadContext(source, lenient, bytes, limits.maxErrors());
    if (bytes.length > limits.maxDocumentLength()) {
      throw tooLong(ctx, Offsets.locate(bytes, limits.maxDocumentLength()));
    }
    return read(factory.createParser(bytes), ctx, f -> f.createParser(bytes), root);
  }

  public <T> Document<T> read(String text, Optional<String> source, Root<T> root) throws IOException {
    ReadContext ctx = new ReadContext(source, lenient, null, limits.maxErrors());
    // Text decoded from a file keeps its byte order mark (Files.readString does); bytes lose it in Jackson.
    String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (json.length() > limits.maxDocumentLength()) {
      throw tooLong(ctx, Offsets.locate(json, limits.maxDocumentLength()));
    }
    return read(factory.createParser(json), ctx, f -> f.createParser(json), root);
  }

  private <T> Document<T> read(JsonParser p, ReadContext ctx, Rescan rescan, Root<T> root) throws IOException {
    try (p) {
      if (p.nextToken() == null) {
        throw ctx.error(ctx.locate(p.currentLocation(), ""), ReadErrorKind.EMPTY_DOCUMENT,
            ReadMessages.of("EMPTY_DOCUMENT"), null);
      }
      T value;
      try {
        value = root.codec().read(p, ctx);
      } catch (ReadContext.Reported e) {
        value = null; // the errors are collected; what follows the plan may add one more
      }
      checkNothingFollows(p, ctx, root);
      if (value == null) {
        throw ctx.failure(null);
      }
      return new Document<>(value, ctx.warnings());
    } catch (StreamConstraintsException e) {
      throw ctx.failure(limitExceeded(p, ctx, e, rescan));
    } catch (JsonProcessingException e) {
      throw ctx.failure(malformed(p, ctx, e));
    } catch (PlanReadException e) {
      throw ctx.failure(e);
    }
  }

  private static void checkNothingFollows(JsonParser p, ReadContext ctx, Root<?> root) throws IOException {
    JsonToken next;
    try {
      next = p.nextToken();
    } catch (JsonProcessingException e) {
      // Where the content starts, not where the parser gave up on it.
      throw ctx.error(ctx.locate(p.currentTokenLocation(), ""), ReadErrorKind.TRAILING_CONTENT,
          ReadMessages.of("TRAILING_CONTENT", "document", new ReadMessages.Part(root.documentKey())), e);
    }
    if (next != null) {
      throw ctx.error(ctx.locate(p.currentTokenLocation(), ""), ReadErrorKind.TRAILING_CONTENT,
          ReadMessages.of("TRAILING_CONTENT", "document", new ReadMessages.Part(root.documentKey())), null);
    }
  }

  private static PlanReadException malformed(JsonParser p, ReadContext ctx, JsonProcessingException e) {
    JsonLocation where = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    String detail = firstLine(e.getOriginalMessage());
    return ctx.error(ctx.locate(where, ReadContext.pointer(p)), ReadErrorKind.MALFORMED_JSON,
        ReadMessages.of("MALFORMED_JSON", "detail", detail), e);
  }

  private PlanReadException limitExceeded(JsonParser p, ReadContext ctx, StreamConstraintsException e,
      Rescan rescan) {
    String message = e.getOriginalMessage();
    // Jackson's own position after a broken limit is wherever its scanner stopped, at times past
    // the end of the line; a person wants the token that broke the limit.
    SourceLocation at = ctx.locate(e.getLocation() != null ? e.getLocation() : p.currentTokenLocation(),
        ReadContext.pointer(p));
    ReadMessages.Message text;
    if (message.startsWith("Document nesting depth")) {
      text = ReadMessages.of("LIMIT_EXCEEDED.depth", "limit", limits.maxNestingDepth());
    } else if (message.startsWith("Number value length") || message.startsWith("Number length")) {
      at = longToken(rescan, ctx).orElse(at);
      text = ReadMessages.of("LIMIT_EXCEEDED.number", "limit", limits.maxNumberLength());
    } else if (message.startsWith("String value length") || message.startsWith("String length")) {
      text = ReadMessages.of("LIMIT_EXCEEDED.string", "limit", limits.maxStringLength());
    } else if (message.startsWith("Name length") || message.startsWith("Name value length")) {
      at = longToken(rescan, ctx).orElse(at);
      text = ReadMessages.of("LIMIT_EXCEEDED.name", "limit", limits.maxNameLength());
    } else if (message.startsWith("Document length")) {
      text = ReadMessages.of("LIMIT_EXCEEDED.document", "limit", limits.maxDocumentLength());
    } else {
      text = ReadMessages.of("LIMIT_EXCEEDED", "detail", firstLine(message));
    }
    return ctx.error(at, ReadErrorKind.LIMIT_EXCEEDED, text, e);
  }

  /**
   * The first field name or number longer than its limit, found by reading the document again
   * without those two limits: Jackson checks them while it scans the token, before it says
   * where the token starts. A name is located in the object that holds it.
   */
  private Optional<SourceLocation> longToken(Rescan rescan, ReadContext ctx) {
    try (JsonParser q = rescan.parser(rescanFactory)) {
      for (JsonToken token = q.nextToken(); token != null; token = q.nextToken()) {
        if (token == JsonToken.FIELD_NAME && q.currentName().length() > limits.maxNameLength()) {
          return Optional.of(ctx.locate(q.currentTokenLocation(),
              q.getParsingContext().getParent().pathAsPointer().toString()));
        }
        if (token.isNumeric() && q.getTextLength() > limits.maxNumberLength()) {
          return Optional.of(ctx.locate(q.currentTokenLocation(), ReadContext.pointer(q)));
        }
      }
    } catch (IOException | RuntimeException e) {
      // Anything else wrong before the token: keep the parser's own position.
    }
    return Optional.empty();
  }

  private PlanReadException tooLong(ReadContext ctx, int[] lineAndColumn) {
    SourceLocation at = ctx.locate(lineAndColumn[0], lineAndColumn[1], "");
    return ctx.error(at, ReadErrorKind.LIMIT_EXCEEDED,
        ReadMessages.of("LIMIT_EXCEEDED.document", "limit", limits.maxDocumentLength()), null);
  }

  /** Jackson's message without its second line and without its note on the redacted source. */
  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end);
    return REDACTED_SOURCE.matcher(line).replaceAll("[");
  }
}
