package it.pianodizona.cli.report;

import static java.util.Objects.requireNonNull;

import it.pianodizona.io.PlanReadException;
import it.pianodizona.rules.ValidationReport;
import java.util.Optional;

/**
 * Esito per file: what became of one plan file: validated (with its report) or unreadable (with
 * the read error, or the I/O failure's message).
 */
public final class FileOutcome {

  private final String file;
  private final ValidationReport report;
  private final PlanReadException readError;
  private final String ioError;

  private FileOutcome(String file, ValidationReport report, PlanReadException readError, String ioError) {
    this.file = requireNonNull(file);
    this.report = report;
    this.readError = readError;
    this.ioError = ioError;
  }

  public static FileOutcome validated(String file, ValidationReport report) {
    return new FileOutcome(file, requireNonNull(report), null, null);
  }

  public static FileOutcome unreadable(String file, PlanReadException error) {
    return new FileOutcome(file, null, requireNonNull(error), null);
  }

  /** A file whose bytes could not be reached at all (missing, unreadable, a directory). */
  public static FileOutcome unreachable(String file, String message) {
    return new FileOutcome(file, null, null, requireNonNull(message));
  }

  public String file() {
    return file;
  }

  public Optional<ValidationReport> report() {
    return Optional.ofNullable(report);
  }

  public Optional<PlanReadException> readError() {
    return Optional.ofNullable(readError);
  }

  public Optional<String> ioError() {
    return Optional.ofNullable(ioError);
  }

  public boolean isReadable() {
    return report != null;
  }
}
