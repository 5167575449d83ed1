package it.pianodizona.cli;

import it.pianodizona.model.ZonePlan;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** File del piano: the one plan file a command works on, and the language of its read errors. */
final class PlanFileArgument {

  @Option(names = "--lang", defaultValue = "it", description = "Language of error messages: it or en (default: ${DEFAULT-VALUE})")
  Language lang;

  @Parameters(paramLabel = "FILE", description = "Plan file (JSON).")
  Path file;

  /** The plan, or a one-line error naming the file. */
  ZonePlan read() {
    return PlanFiles.read(file, lang.locale());
  }
}
