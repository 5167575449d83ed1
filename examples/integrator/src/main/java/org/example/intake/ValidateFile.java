package org.example.intake;

import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.Finding;
import it.pianodizona.rules.ValidationOptions;
import it.pianodizona.rules.ValidationReport;
import it.pianodizona.rules.standard.StandardRules;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/** The README's embedding example, compiled and run by the toolkit's build. */
public final class ValidateFile {

  private ValidateFile() {}

  /** Prints the findings of a plan file; returns whether it has errors. */
  public static boolean printFindings(Path file, LocalDate asOf, PrintStream out) throws IOException {
    ZonePlan plan = PlanJson.read(file);              // a PlanReadException says file, line, column, JSON Pointer
    ValidationReport report = StandardRules.validator(ValidationOptions.builder()
            .asOf(asOf).locale(Locale.ENGLISH).build())
        .validate(plan);
    for (Finding f : report.findings()) {
      out.printf("%-7s %s %s%n        %s%n", f.severity(), f.ruleId(), f.path(), f.message());
    }
    return report.hasErrors();
  }

  public static void main(String[] args) throws IOException {
    System.exit(printFindings(Path.of(args[0]), LocalDate.now(), System.out) ? 1 : 0);
  }
}
