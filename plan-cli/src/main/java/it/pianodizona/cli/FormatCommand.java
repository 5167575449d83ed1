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
 * It reads and writes only: no rule is built, no schema loaded.
 */
@Command(name = "format", mixinStandardHelpOptions = true)
final class FormatCommand implements Callable<Integer> {

  @Option(names = "--in-place")
  boolean inPlace;

  @CommandLine.Mixin
  PlanFileArgument plan;

  @CommandLine.ParentCommand
  Pdz pdz;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ZonePlan read = plan.read(pdz.texts());
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
