package it.pianodizona.cli;

import it.pianodizona.model.ZonePlan;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** File del piano: the one plan file a command works on. */
final class PlanFileArgument {

  @Parameters(paramLabel = "FILE", descriptionKey = "planFile")
  Path file;

  /** The plan, or a one-line error naming the file in the user's language. */
  ZonePlan read(Texts texts) {
    return PlanFiles.read(file, texts);
  }
}
