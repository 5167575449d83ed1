package it.pianodizona.io.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Forma canonica: one way to write a document, so that equal plans give equal bytes and a diff
 * of two plans shows only what changed — fields in a fixed order, two-space indentation, one
 * element per line, {@code "name": value}, {@code \n} line ends, UTF-8 without escapes for
 * non-ASCII letters, and a final newline.
 */
public final class Canonical {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private static final DefaultPrettyPrinter PRETTY = prettyPrinter();

  private static final ObjectMapper TREES = new ObjectMapper(FACTORY);

  private Canonical() {}

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  /** Writes one document in canonical form; the stream is flushed, not closed. */
  public static <T> void write(Codec<T> codec, T value, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      write(codec, value, g);
    }
  }

  public static <T> void write(Codec<T> codec, T value, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(codec, value, g);
    }
  }

  public static <T> String toString(Codec<T> codec, T value) {
    StringWriter text = new StringWriter(8192);
    try {
      write(codec, value, text);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return text.toString();
  }

  private static <T> void write(Codec<T> codec, T value, JsonGenerator g) throws IOException {
    g.setPrettyPrinter(PRETTY.createInstance());
    codec.write(value, g);
    g.writeRaw('\n');
  }

  /** A JSON tree (such as the schema) in the same canonical layout, fields in insertion order. */
  public static String toString(JsonNode tree) {
    try {
      return TREES.writer(PRETTY).writeValueAsString(tree) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
