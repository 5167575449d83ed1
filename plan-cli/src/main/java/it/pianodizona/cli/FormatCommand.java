package it.pianodizona.cli;

import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pdz format}: forma canonica. Prints the plan in canonical JSON, or rewrites the file
 * in place through a temporary file and an atomic move, so a failure never leaves half a plan.
 */
@Command(name = "format", mixinStandardHelpOptions = true,
    description = "Print a plan in canonical JSON (or rewrite it in place, atomically).")
final class FormatCommand implements Callable<Integer> {

  @Option(names = "--in-place", description = "Rewrite FILE instead of printing it.")
  boolean inPlace;

  @CommandLine.Mixin
  PlanFileArgument plan;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ZonePlan read = plan.read();
    if (inPlace) {
      PlanJson.write(read, plan.file);
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(PlanJson.write(read));
      out.flush();
    }
    return 0;
  }
}
