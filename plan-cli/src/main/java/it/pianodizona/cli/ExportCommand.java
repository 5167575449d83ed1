package it.pianodizona.cli;

import it.pianodizona.io.BudgetCsv;
import it.pianodizona.io.CsvDialect;
import it.pianodizona.io.PlanLabels;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.Finding;
import it.pianodizona.rules.ValidationReport;
import it.pianodizona.rules.standard.StandardRules;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pdz export}: esportazione. Writes a part of a plan as CSV: the budget, or the findings
 * of its validation; RFC 4180 by default, {@code --excel} for a spreadsheet set to Italian.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

  /** The columns of {@code --what findings}: one row per finding. */
  static final List<String> FINDING_COLUMNS = List.of(
      "rule", "severity", "path", "element", "message", "reference", "waived");

  /** What can be exported. */
  enum What { budget, findings }

  /** Export formats. */
  enum Format { csv }

  @Option(names = "--what", required = true)
  What what;

  @Option(names = "--format", defaultValue = "csv")
  Format format;

  @Option(names = "--excel")
  boolean excel;

  @CommandLine.Mixin
  ValidationArguments validation;

  @CommandLine.Mixin
  PlanFileArgument plan;

  @CommandLine.ParentCommand
  Pdz pdz;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Texts texts = pdz.texts();
    ZonePlan read = plan.read(texts);
    CsvDialect dialect = excel ? CsvDialect.EXCEL : CsvDialect.RFC_4180;
    PrintWriter out = spec.commandLine().getOut();
    if (what == What.budget) {
      BudgetCsv.write(read, out, dialect);
    } else {
      ValidationReport report = StandardRules.validator(validation.options(texts)).validate(read);
      dialect.write(FINDING_COLUMNS, rows(report, texts.language().locale()), out);
    }
    out.flush();
    return 0;
  }

  private static List<List<String>> rows(ValidationReport report, Locale locale) {
    List<List<String>> rows = new ArrayList<>();
    for (Finding finding : report.findings()) {
      rows.add(List.of(
          finding.ruleId(),
          finding.severity().name().toLowerCase(Locale.ROOT),
          CsvDialect.text(finding.path()),
          CsvDialect.text(PlanLabels.label(finding.path(), locale)),
          CsvDialect.text(finding.message()),
          CsvDialect.text(finding.reference()),
          CsvDialect.text(finding.waiver().map(w -> w.reason()).orElse(""))));
    }
    return rows;
  }
}
