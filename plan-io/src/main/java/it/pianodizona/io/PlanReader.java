package it.pianodizona.io;

import static java.util.Objects.requireNonNull;

import it.pianodizona.io.internal.DocumentReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Lettore di piani: reads plan documents with chosen limits and strictness. Immutable and safe
 * to share between threads; {@link PlanJson#reader()} gives the strict default.
 *
 * <p>Strict reading (the default) refuses unknown fields, duplicate fields, wrong types, missing
 * required fields, {@code null}s, values the model rejects and anything after the plan. A
 * {@linkplain #lenient() lenient} reader reports unknown fields as {@linkplain ReadResult#warnings()
 * warnings} instead, for documents written by a newer tool; everything else stays an error.
 */
public final class PlanReader {

  private final ReadLimits limits;
  private final boolean lenient;
  private final DocumentReader reader;

  private PlanReader(ReadLimits limits, boolean lenient) {
    this.limits = limits;
    this.lenient = lenient;
    this.reader = new DocumentReader(limits, lenient);
  }

  static PlanReader strict() {
    return new PlanReader(ReadLimits.defaults(), false);
  }

  /** A reader like this one that turns unknown fields into warnings. */
  public PlanReader lenient() {
    return lenient ? this : new PlanReader(limits, true);
  }

  /** A reader like this one with other limits. */
  public PlanReader withLimits(ReadLimits limits) {
    return new PlanReader(requireNonNull(limits), lenient);
  }

  public ReadLimits limits() {
    return limits;
  }

  public boolean isLenient() {
    return lenient;
  }

  /**
   * Reads a plan file; errors name the file as the path was given. A file longer than
   * {@link ReadLimits#maxDocumentLength()} is refused from its size, before it is read.
   *
   * @throws PlanReadException if the content is not a readable plan
   * @throws IOException if the file cannot be read at all
   */
  public ReadResult read(Path file) throws IOException {
    return reader.read(file, Optional.of(file.toString()));
  }

  /**
   * Reads a plan from a stream of JSON (UTF-8, or UTF-16/32 with their byte order marks); the
   * stream is read to its end but not closed.
   *
   * @param sourceName how errors name the source, e.g. a file name or URL
   */
  public ReadResult read(InputStream json, String sourceName) throws IOException {
    return reader.read(json, Optional.of(sourceName));
  }

  /** Reads a plan from JSON bytes, as {@link #read(InputStream, String)}. */
  public ReadResult read(byte[] json, String sourceName) {
    try {
      return reader.read(json, Optional.of(sourceName));
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory does not fail", e);
    }
  }

  /** Reads a plan from JSON text; errors carry no source name. */
  public ReadResult read(String json) {
    return read(json, Optional.empty());
  }

  /** Reads a plan from JSON text; errors name the source as given. */
  public ReadResult read(String json, String sourceName) {
    return read(json, Optional.of(sourceName));
  }

  private ReadResult read(String json, Optional<String> sourceName) {
    try {
      return reader.read(json, sourceName);
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory does not fail", e);
    }
  }
}
