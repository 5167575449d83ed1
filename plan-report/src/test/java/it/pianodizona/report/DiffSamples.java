package it.pianodizona.report;

import it.pianodizona.diff.FindingsDiff;
import it.pianodizona.diff.PlanDiff;
import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.report.diff.PlanDiffDocument;
import it.pianodizona.report.diff.PlanDiffOptions;
import it.pianodizona.rules.ValidationOptions;
import it.pianodizona.rules.Validator;
import it.pianodizona.rules.standard.StandardRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Confronti per i test: the bundled Crema plan against plan-diff's hand-edited copy (one
 * objective reworded, one budget cell changed, one adherent added), with the findings compared.
 */
final class DiffSamples {

  static final Path BEFORE = Path.of("../examples/plans/crema-2015-2017.json");
  static final Path AFTER = Path.of("../plan-diff/src/test/resources/it/pianodizona/diff/crema-2015-2017-edited.json");

  private DiffSamples() {}

  static ZonePlan read(Path file) {
    try {
      return PlanJson.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ReportDocument crema(ReportLanguage language) {
    return document(read(BEFORE), read(AFTER), language);
  }

  static ReportDocument document(ZonePlan before, ZonePlan after, ReportLanguage language) {
    Validator validator = StandardRules.validator(
        ValidationOptions.builder().locale(language.locale()).asOf(LocalDate.of(2015, 6, 30)).build());
    FindingsDiff findings = FindingsDiff.between(before, validator.validate(before), after, validator.validate(after));
    return PlanDiffDocument.of(PlanDiff.between(before, after), Optional.of(findings),
        PlanDiffOptions.builder().language(language).generatedOn(SampleReports.GENERATED_ON)
            .beforeName("crema-2015-2017.json").afterName("crema-2015-2017-edited.json")
            .planTitle(after.title()).build());
  }
}
