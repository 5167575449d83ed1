package it.pianodizona.examples.cli;

import it.pianodizona.io.PlanJson;
import it.pianodizona.io.PlanReadException;
import it.pianodizona.model.ZonePlan;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Lettura dei file: reads one plan file and turns every failure into a one-line message. */
final class PlanFiles {

  private PlanFiles() {}

  /** The plan in the file, or an exception whose message is one line naming the file. */
  static ZonePlan read(Path file, Locale locale) {
    try {
      return PlanJson.read(file);
    } catch (PlanReadException e) {
      throw new UserError(describe(e, locale), e);
    } catch (IOException e) {
      throw new UserError(describe(file, e), e);
    }
  }

  static String describe(PlanReadException e, Locale locale) {
    String message = isItalian(locale) ? e.italianMessage() : e.englishMessage();
    return e.location() + ": " + message;
  }

  static String describe(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return file + ": no such file";
    }
    if (e instanceof AccessDeniedException) {
      return file + ": permission denied";
    }
    if (Files.isDirectory(file)) {
      return file + ": is a directory";
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
