package it.pianodizona.cli;

import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.testkit.plans.SyntheticPlans;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pdz generate}: piani sintetici. Writes N realistic, schema-valid synthetic plans
 * (plan-testkit's generator, with real ISTAT municipalities) into a directory, canonically, as
 * {@code synthetic-0000.json}...; each is marked synthetic in its id, title and notes. The same
 * count and seed always write the same files. Each file is written whole or not at all.
 */
@Command(name = "generate", mixinStandardHelpOptions = true)
final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--count", required = true, paramLabel = "N", descriptionKey = "pdz.generate.count")
  int count;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", descriptionKey = "pdz.generate.seed")
  long seed;

  @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "pdz.generate.directory")
  Path directory;

  @CommandLine.ParentCommand
  Pdz pdz;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Texts texts = pdz.texts();
    if (count < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          texts.get("generate.countPositive") + "; " + texts.get("error.hint", spec.qualifiedName(" ")));
    }
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new PlanFiles.UserError(PlanFiles.describe(directory, e, texts), e);
    }
    for (int i = 0; i < count; i++) {
      ZonePlan plan = SyntheticPlans.plan(seed, i);
      Path file = directory.resolve(String.format("synthetic-%04d.json", i));
      MonitorCommand.writeAtomically(file, PlanJson.write(plan), texts);
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println(texts.get("generate.done", count, directory));
    err.flush();
    return 0;
  }
}
