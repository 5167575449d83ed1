package it.pianodizona.cli;

import it.pianodizona.diff.DiffJson;
import it.pianodizona.diff.DiffOptions;
import it.pianodizona.diff.DiffText;
import it.pianodizona.diff.FindingsDiff;
import it.pianodizona.diff.MatchBy;
import it.pianodizona.diff.PlanDiff;
import it.pianodizona.io.SafeText;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.report.ReportLanguage;
import it.pianodizona.report.ReportRenderer;
import it.pianodizona.report.diff.PlanDiffDocument;
import it.pianodizona.report.diff.PlanDiffOptions;
import it.pianodizona.rules.ValidationOptions;
import it.pianodizona.rules.Validator;
import it.pianodizona.rules.standard.StandardRules;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pdz diff}: confronto tra due versioni di un piano. Prints what changed from BEFORE to
 * AFTER, as text, JSON, an RFC 6902 JSON Patch or a self-contained HTML page, to stdout or,
 * atomically, to a file; exit codes as diff(1).
 */
@Command(name = "diff", mixinStandardHelpOptions = true)
final class DiffCommand implements Callable<Integer> {

  /** The output formats of {@code diff}. */
  enum DiffFormat {
    text, json, json_patch, html;

    static DiffFormat parse(String text) {
      return valueOf(text.replace('-', '_'));
    }
  }

  /** Accepts {@code json-patch} for {@link DiffFormat#json_patch}. */
  static final class FormatConverter implements CommandLine.ITypeConverter<DiffFormat> {
    @Override
    public DiffFormat convert(String value) {
      try {
        return DiffFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("diffFormat");
      }
    }
  }

  /** How elements are paired, on the command line. */
  enum MatchChoice {
    ids(MatchBy.IDS), codes(MatchBy.CODES);

    final MatchBy match;

    MatchChoice(MatchBy match) {
      this.match = match;
    }
  }

  @Option(names = "--format", defaultValue = "text", converter = FormatConverter.class)
  DiffFormat format;

  @Option(names = "--output", paramLabel = "FILE")
  Path output;

  @CommandLine.ParentCommand
  Pdz pdz;

  @Option(names = "--match", defaultValue = "ids")
  MatchChoice match;

  @Option(names = "--findings")
  boolean findings;

  @Option(names = "--as-of", paramLabel = "DATA", converter = ValidationArguments.AsOfConverter.class)
  LocalDate asOf;

  @Parameters(index = "0", paramLabel = "BEFORE", descriptionKey = "pdz.diff.before")
  Path beforeFile;

  @Parameters(index = "1", paramLabel = "AFTER", descriptionKey = "pdz.diff.after")
  Path afterFile;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Texts texts = pdz.texts();
    Locale locale = texts.language().locale();
    ZonePlan before = PlanFiles.read(beforeFile, texts);
    ZonePlan after = PlanFiles.read(afterFile, texts);
    PlanDiff diff = PlanDiff.between(before, after, DiffOptions.builder().match(match.match).build());
    Optional<FindingsDiff> findingsDiff = Optional.empty();
    if (findings) {
      var options = ValidationOptions.builder().locale(locale);
      if (asOf != null) {
        options.asOf(asOf);
      } else {
        options.clock(Clock.systemDefaultZone());
      }
      Validator validator = StandardRules.validator(options.build());
      findingsDiff = Optional.of(FindingsDiff.between(before, validator.validate(before), after, validator.validate(after)));
    }
    String text = switch (format) {
      case json -> DiffJson.write(diff, findingsDiff);
      case json_patch -> diff.jsonPatch();
      case html -> ReportRenderer.create().render(PlanDiffDocument.of(diff, findingsDiff, PlanDiffOptions.builder()
          .language(texts.language() == Language.en ? ReportLanguage.EN : ReportLanguage.IT)
          .generatedOn(LocalDate.now(Clock.systemDefaultZone()))
          .beforeName(SafeText.oneLine(beforeFile.getFileName().toString()))
          .afterName(SafeText.oneLine(afterFile.getFileName().toString()))
          .planTitle(after.title())
          .build()));
      case text -> DiffText.write(diff, findingsDiff, locale);
    };
    if (output != null) {
      MonitorCommand.writeAtomically(output, text, texts);
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    }
    return diff.isEmpty() ? 0 : 1;
  }
}
