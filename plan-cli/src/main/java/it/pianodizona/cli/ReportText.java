package it.pianodizona.cli;

import it.pianodizona.cli.report.FileOutcome;
import it.pianodizona.io.PlanLabels;
import it.pianodizona.io.SafeText;
import it.pianodizona.rules.Finding;
import it.pianodizona.rules.RuleExplanations;
import it.pianodizona.rules.Severity;
import java.io.PrintWriter;

/**
 * Rapporto in testo: the findings of each file as a person reads them, in the user's language —
 * severity as ERRORE, AVVISO, INFO, each pointer with the element's name beside it
 * ("Obiettivo 7 › Indicatore 2 › valore atteso"). Everything that comes from a plan passes
 * through {@link SafeText}: a plan must not drive the terminal.
 */
final class ReportText {

  private final Texts texts;

  ReportText(Texts texts) {
    this.texts = texts;
  }

  void print(FileOutcome outcome, PrintWriter out, PrintWriter err) {
    // Every error of the read, one line each: a file with three mistakes is mended in one go.
    outcome.readError().ifPresent(e -> e.errors().forEach(error ->
        err.println("pdz: " + SafeText.oneLine(PlanFiles.describe(error, texts.language().locale())))));
    outcome.ioError().ifPresent(message -> err.println("pdz: " + SafeText.oneLine(message)));
    outcome.report().ifPresent(report -> {
      out.println(texts.get("report.header", SafeText.oneLine(outcome.file()), SafeText.oneLine(report.planId()),
          report.profileId(), report.count(Severity.ERROR), report.count(Severity.WARNING),
          report.count(Severity.INFO))
          + (report.waivedCount() == 0 ? "" : texts.get("report.waived", report.waivedCount())));
      for (Finding finding : report.findings()) {
        String path = finding.path().isEmpty() ? "/" : SafeText.oneLine(finding.path());
        out.printf("  %-7s %s  %s  (%s)%s%n      %s%n      %s%n",
            texts.get("severity." + finding.severity()), finding.ruleId(), path,
            SafeText.oneLine(PlanLabels.label(finding.path(), texts.language().locale())),
            finding.isWaived()
                ? "  " + texts.get("report.waiver", SafeText.oneLine(finding.waiver().orElseThrow().reason()))
                : "",
            SafeText.oneLine(finding.message()), SafeText.oneLine(finding.reference()));
        RuleExplanations.help(finding.ruleId()).ifPresent(page -> out.printf("      %s%n", texts.get("report.help", page)));
      }
    });
  }
}
