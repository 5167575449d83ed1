package it.pianodizona.cli;

import it.pianodizona.io.PlanJson;
import it.pianodizona.io.PlanReadException;
import it.pianodizona.io.PlanReader;
import it.pianodizona.io.ReadError;
import it.pianodizona.io.ReadLimits;
import it.pianodizona.model.ZonePlan;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Lettura dei file: reads one plan file and turns every failure into a one-line message. */
final class PlanFiles {

  /**
   * A plan's objects can take up to about sixteen times the bytes of its JSON (a list of
   * one-letter strings, the worst case), and formatting it again as much; a document may use
   * a sixty-fourth of the heap, so that no file makes pdz run out of memory.
   */
  private static final long HEAP_PER_DOCUMENT_BYTE = 64;

  /**
   * The strict reader with the library's limits, but documents no longer than
   * {@link #HEAP_PER_DOCUMENT_BYTE} times less than the heap: 1 MiB under {@code -Xmx64m},
   * the library's 64 MiB from a 4 GiB heap up. Raise the heap through {@code PDZ_JAVA_OPTS}.
   */
  static final PlanReader READER = readerFor(Runtime.getRuntime().maxMemory());

  private PlanFiles() {}

  static PlanReader readerFor(long maxHeap) {
    ReadLimits defaults = ReadLimits.defaults();
    long bound = Math.max(1, maxHeap / HEAP_PER_DOCUMENT_BYTE);
    return PlanJson.reader().withLimits(ReadLimits.builder().from(defaults)
        .maxDocumentLength((int) Math.min(defaults.maxDocumentLength(), bound)).build());
  }

  /** The plan in the file, or an exception whose message is one line naming the file. */
  static ZonePlan read(Path file, Texts texts) {
    try {
      return READER.read(file).plan();
    } catch (PlanReadException e) {
      throw new UserError(describe(e, texts.language().locale()), e);
    } catch (IOException e) {
      throw new UserError(describe(file, e, texts), e);
    }
  }

  /**
   * The first error in one line, and how many more there are: a command that reads a plan to
   * work on it stops at one line; {@code pdz validate} lists them all.
   */
  static String describe(PlanReadException e, Locale locale) {
    String first = describe(e.errors().get(0), locale);
    int more = e.errors().size() - 1;
    if (more == 0) {
      return first;
    }
    return first + (isItalian(locale) ? " (e altri " + more + " errori: pdz validate li elenca)"
        : " (and " + more + " more errors: pdz validate lists them)");
  }

  static String describe(ReadError e, Locale locale) {
    String message = isItalian(locale) ? e.italianMessage() : e.englishMessage();
    return e.location() + ": " + message;
  }

  static String describe(Path file, IOException e, Texts texts) {
    if (e instanceof NoSuchFileException) {
      return file + ": " + texts.get("file.missing");
    }
    if (e instanceof AccessDeniedException) {
      return file + ": " + texts.get("file.denied");
    }
    if (Files.isDirectory(file)) {
      return file + ": " + texts.get("file.directory");
    }
    return file + ": " + Pdz.oneLine(e);
  }

  static boolean isItalian(Locale locale) {
    return Locale.ITALIAN.getLanguage().equals(locale.getLanguage());
  }

  /** A failure the user caused and can fix: printed as one line, exit code 2. */
  static final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
