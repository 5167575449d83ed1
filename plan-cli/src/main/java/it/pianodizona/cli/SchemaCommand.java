package it.pianodizona.cli;

import it.pianodizona.io.PlanJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code pdz schema}: lo schema JSON del piano (draft 2020-12), as shipped in plan-io. */
@Command(name = "schema", mixinStandardHelpOptions = true)
final class SchemaCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(PlanJson.schema());
    out.flush();
    return 0;
  }
}
