package it.pianodizona.io;

import it.pianodizona.io.internal.AtomicFiles;
import it.pianodizona.io.internal.Canonical;
import it.pianodizona.io.internal.ModelCodecs;
import it.pianodizona.model.ZonePlan;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Piano in JSON: one-line reading and writing of zone plans in the exchange format of
 * docs/JSON-FORMAT.md, and the JSON Schema that describes it.
 *
 * <pre>{@code
 * ZonePlan plan = PlanJson.read(Path.of("crema-2015-2017.json"));
 * PlanJson.write(plan, Path.of("crema-2015-2017.json"));   // canonical, atomic
 * }</pre>
 *
 * <p>Reading is strict (see {@link PlanReader}); every problem in the content ends in one
 * {@link PlanReadException} with file, line, column and JSON Pointer. Writing is canonical:
 * {@code write(read(x))} gives back {@code x} byte for byte when {@code x} was written here.
 * Everything is thread-safe.
 */
public final class PlanJson {

  /** The {@code schemaVersion} this library reads and writes. */
  public static final String SCHEMA_VERSION = ModelCodecs.SCHEMA_VERSION;

  /** The {@code $id} of the JSON Schema of this version of the format. */
  public static final String SCHEMA_ID = "https://pianodizona.it/schema/zone-plan/" + SCHEMA_VERSION;

  /** Where the JSON Schema is in this jar, for {@link Class#getResource(String)}. */
  public static final String SCHEMA_RESOURCE = "/it/pianodizona/io/schema/zone-plan-" + SCHEMA_VERSION + ".schema.json";

  private static final PlanReader STRICT = PlanReader.strict();

  private PlanJson() {}

  /** The strict reader with the default limits; derive lenient or limited readers from it. */
  public static PlanReader reader() {
    return STRICT;
  }

  /**
   * Reads a plan file.
   *
   * @throws PlanReadException if the content is not a readable plan, with where and why
   * @throws IOException if the file cannot be read at all
   */
  public static ZonePlan read(Path file) throws IOException {
    return STRICT.read(file).plan();
  }

  /** Reads a plan from a stream, which is read to its end but not closed. */
  public static ZonePlan read(InputStream json, String sourceName) throws IOException {
    return STRICT.read(json, sourceName).plan();
  }

  /** Reads a plan from JSON text (not a file name: see {@link #read(Path)}). */
  public static ZonePlan read(String json) {
    return STRICT.read(json).plan();
  }

  /** Reads a plan from JSON text; errors name {@code sourceName}. */
  public static ZonePlan read(String json, String sourceName) {
    return STRICT.read(json, sourceName).plan();
  }

  /** Reads a plan from JSON bytes; errors name {@code sourceName}. */
  public static ZonePlan read(byte[] json, String sourceName) {
    return STRICT.read(json, sourceName).plan();
  }

  /**
   * The canonical JSON of a plan: fixed field order, two-space indentation, {@code \n} line
   * ends, a final newline, amounts with two decimals.
   *
   * @throws IllegalArgumentException if the plan holds a value the format cannot carry: a year
   *     outside 0-9999 or an amount of 10^14 euros or more
   */
  public static String write(ZonePlan plan) {
    return Canonical.toString(ModelCodecs.ZONE_PLAN, plan);
  }

  /** Writes the canonical JSON of a plan as UTF-8; the stream is flushed, not closed. */
  public static void write(ZonePlan plan, OutputStream out) throws IOException {
    Canonical.write(ModelCodecs.ZONE_PLAN, plan, out);
  }

  /**
   * Writes the canonical JSON of a plan to a file, atomically: the file is written beside the
   * target and moved over it only when complete, so a crash never leaves half a plan. An
   * existing file keeps its permissions.
   */
  public static void write(ZonePlan plan, Path file) throws IOException {
    AtomicFiles.write(file, out -> Canonical.write(ModelCodecs.ZONE_PLAN, plan, out));
  }

  /**
   * Forma canonica di un documento JSON qualsiasi: any JSON tree (a validation report, a diff)
   * in the layout plan files have — two-space indentation, {@code "name": value}, {@code \n}
   * line ends, UTF-8 letters unescaped, a final newline — with fields in the tree's order.
   */
  public static String writeCanonical(com.fasterxml.jackson.databind.JsonNode tree) {
    return Canonical.toString(tree);
  }

  /** The JSON Schema (draft 2020-12) of the format, as shipped in this jar. */
  public static URL schemaUrl() {
    URL url = PlanJson.class.getResource(SCHEMA_RESOURCE);
    if (url == null) {
      throw new IllegalStateException("the JSON Schema is missing from the jar: " + SCHEMA_RESOURCE);
    }
    return url;
  }

  /** Opens the JSON Schema; the caller closes the stream. */
  public static InputStream openSchema() throws IOException {
    return schemaUrl().openStream();
  }

  /** The JSON Schema as text. */
  public static String schema() {
    try (InputStream in = openSchema()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the JSON Schema from the jar", e);
    }
  }
}
