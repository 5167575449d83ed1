package it.pianodizona.examples.cli;

import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pdz format}: forma canonica. Prints the plan in canonical JSON, or rewrites the file
 * in place through a temporary file and an atomic move, so a failure never leaves half a plan.
 */
@Command(name = "format", mixinStandardHelpOptions = true,
    description = "Print a plan in canonical JSON (or rewrite it in place, atomically).")
final class FormatCommand implements Callable<Integer> {

  @Option(names = "--in-place", description = "Rewrite FILE instead of printing it.")
  boolean inPlace;

  @Option(names = "--lang", defaultValue = "it", description = "Language of error messages: it or en (default: ${DEFAULT-VALUE})")
  Language lang;

  @Parameters(paramLabel = "FILE", description = "Plan file (JSON).")
  Path file;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ZonePlan plan = PlanFiles.read(file, lang.locale());
    if (inPlace) {
      PlanJson.write(plan, file);
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(PlanJson.write(plan));
      out.flush();
    }
    return 0;
  }
}
