package it.pianodizona.cli;

import it.pianodizona.cli.report.FileOutcome;
import it.pianodizona.cli.report.ReportJson;
import it.pianodizona.io.PlanReadException;
import it.pianodizona.io.PlanReader;
import it.pianodizona.io.ReadLimits;
import it.pianodizona.rules.ValidationReport;
import it.pianodizona.rules.Validator;
import it.pianodizona.rules.standard.StandardRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pdz validate}: convalida dei piani. Reads and validates each file, reporting every one.
 * It reads with the strict reader alone: the JSON Schema is never loaded.
 */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

  @Option(names = "--format", defaultValue = "text")
  OutputFormat format;

  // A short name keeps the synopsis on two lines of 80 columns.
  @Option(names = {"-e", "--max-errors"}, defaultValue = "20", paramLabel = "N")
  int maxErrors;

  @CommandLine.Mixin
  ValidationArguments validation;

  @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "planFiles")
  List<Path> files;

  @CommandLine.ParentCommand
  Pdz pdz;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Texts texts = pdz.texts();
    if (maxErrors < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), texts.get("maxErrors.positive", maxErrors));
    }
    PlanReader reader = PlanFiles.READER.withLimits(
        ReadLimits.builder().from(PlanFiles.READER.limits()).maxErrors(maxErrors).build());
    Validator validator = StandardRules.validator(validation.options(texts));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean progress = files.size() > 3 && System.console() != null;
    List<FileOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      if (progress) {
        err.printf("\r[%d/%d] %s", i + 1, files.size(), file);
        err.flush();
      }
      outcomes.add(outcome(reader, file, validator, texts));
    }
    if (progress) {
      err.print("\r");
      err.flush();
    }
    if (format == OutputFormat.json) {
      out.print(ReportJson.write(outcomes, texts.language().locale()));
    } else {
      ReportText text = new ReportText(texts);
      outcomes.forEach(outcome -> text.print(outcome, out, err));
    }
    out.flush();
    return exitCode(outcomes);
  }

  static FileOutcome outcome(Path file, Validator validator, Texts texts) {
    return outcome(PlanFiles.READER, file, validator, texts);
  }

  static FileOutcome outcome(PlanReader reader, Path file, Validator validator, Texts texts) {
    String name = file.toString();
    try {
      return FileOutcome.validated(name, validator.validate(reader.read(file).plan()));
    } catch (PlanReadException e) {
      return FileOutcome.unreadable(name, e);
    } catch (IOException e) {
      return FileOutcome.unreachable(name, PlanFiles.describe(file, e, texts));
    }
  }

  private static int exitCode(List<FileOutcome> outcomes) {
    if (outcomes.stream().anyMatch(o -> !o.isReadable())) {
      return Pdz.EXIT_UNREADABLE;
    }
    boolean errors = outcomes.stream()
        .map(o -> o.report().orElseThrow())
        .anyMatch(ValidationReport::hasErrors);
    return errors ? 1 : 0;
  }
}
