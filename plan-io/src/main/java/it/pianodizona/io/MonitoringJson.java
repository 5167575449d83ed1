package it.pianodizona.io;

import it.pianodizona.io.internal.AtomicFiles;
import it.pianodizona.io.internal.Canonical;
import it.pianodizona.io.internal.DocumentReader;
import it.pianodizona.io.internal.DocumentReader.Root;
import it.pianodizona.io.internal.MonitoringCodecs;
import it.pianodizona.model.monitoring.MonitoringDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Monitoraggio in JSON: reading and writing of monitoring documents in the format of
 * docs/MONITORING-FORMAT.md, and the JSON Schema that describes it.
 *
 * <pre>{@code
 * MonitoringDocument doc = MonitoringJson.read(Path.of("crema-2015-2017-monitoring.json"));
 * MonitoringJson.write(doc, Path.of("crema-2015-2017-monitoring.json"));   // canonical, atomic
 * }</pre>
 *
 * <p>Reading is strict, with the limits and located errors of plans: every problem ends in one
 * {@link PlanReadException} with file, line, column and JSON Pointer. Ids that the plan does not
 * have are not a reading matter: the assessment reports them. Writing is canonical. Thread-safe.
 */
public final class MonitoringJson {

  /** The {@code schemaVersion} of the monitoring format this library reads and writes. */
  public static final String SCHEMA_VERSION = MonitoringCodecs.SCHEMA_VERSION;

  /** The {@code $id} of the JSON Schema of this version of the format. */
  public static final String SCHEMA_ID = "https://pianodizona.it/schema/monitoring/" + SCHEMA_VERSION;

  /** Where the JSON Schema is in this jar, for {@link Class#getResource(String)}. */
  public static final String SCHEMA_RESOURCE =
      "/it/pianodizona/io/schema/monitoring-" + SCHEMA_VERSION + ".schema.json";

  private static final Root<MonitoringDocument> ROOT =
      new Root<>(MonitoringCodecs.MONITORING_DOCUMENT, "document.monitoring");

  private static final DocumentReader READER = new DocumentReader(ReadLimits.defaults(), false);

  private MonitoringJson() {}

  /**
   * Reads a monitoring file; errors name the file as the path was given.
   *
   * @throws PlanReadException if the content is not a readable monitoring document
   * @throws IOException if the file cannot be read at all
   */
  public static MonitoringDocument read(Path file) throws IOException {
    return READER.read(file, Optional.of(file.toString()), ROOT).value();
  }

  /** Reads a monitoring document from a stream, which is read to its end but not closed. */
  public static MonitoringDocument read(InputStream json, String sourceName) throws IOException {
    return READER.read(json, Optional.of(sourceName), ROOT).value();
  }

  /** Reads a monitoring document from JSON text; errors name {@code sourceName}. */
  public static MonitoringDocument read(String json, String sourceName) {
    try {
      return READER.read(json, Optional.of(sourceName), ROOT).value();
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory does not fail", e);
    }
  }

  /** Reads a monitoring document from JSON bytes; errors name {@code sourceName}. */
  public static MonitoringDocument read(byte[] json, String sourceName) {
    try {
      return READER.read(json, Optional.of(sourceName), ROOT).value();
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory does not fail", e);
    }
  }

  /** The canonical JSON of a monitoring document, laid out as plans are. */
  public static String write(MonitoringDocument document) {
    return Canonical.toString(MonitoringCodecs.MONITORING_DOCUMENT, document);
  }

  /** Writes the canonical JSON as UTF-8; the stream is flushed, not closed. */
  public static void write(MonitoringDocument document, OutputStream out) throws IOException {
    Canonical.write(MonitoringCodecs.MONITORING_DOCUMENT, document, out);
  }

  /** Writes the canonical JSON to a file atomically: the old file or the new one, never half. */
  public static void write(MonitoringDocument document, Path file) throws IOException {
    AtomicFiles.write(file, out -> Canonical.write(MonitoringCodecs.MONITORING_DOCUMENT, document, out));
  }

  /** The JSON Schema (draft 2020-12) of the monitoring format, as shipped in this jar. */
  public static URL schemaUrl() {
    URL url = MonitoringJson.class.getResource(SCHEMA_RESOURCE);
    if (url == null) {
      throw new IllegalStateException("the JSON Schema is missing from the jar: " + SCHEMA_RESOURCE);
    }
    return url;
  }

  /** The JSON Schema as text. */
  public static String schema() {
    try (InputStream in = schemaUrl().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the JSON Schema from the jar", e);
    }
  }
}
