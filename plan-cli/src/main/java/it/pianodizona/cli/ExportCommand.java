package it.pianodizona.cli;

import it.pianodizona.io.BudgetCsv;
import it.pianodizona.model.ZonePlan;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pdz export}: esportazione. Writes a part of a plan in another format, e.g. the budget as CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export part of a plan, e.g. --what budget --format csv.")
final class ExportCommand implements Callable<Integer> {

  /** What can be exported. */
  enum What { budget }

  /** Export formats. */
  enum Format { csv }

  @Option(names = "--what", required = true, description = "What to export: ${COMPLETION-CANDIDATES}")
  What what;

  @Option(names = "--format", defaultValue = "csv", description = "Format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  Format format;

  @CommandLine.Mixin
  PlanFileArgument plan;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ZonePlan read = plan.read();
    PrintWriter out = spec.commandLine().getOut();
    BudgetCsv.write(read, out);
    out.flush();
    return 0;
  }
}
