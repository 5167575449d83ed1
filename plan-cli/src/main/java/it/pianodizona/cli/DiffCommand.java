package it.pianodizona.cli;

import it.pianodizona.diff.DiffJson;
import it.pianodizona.diff.DiffOptions;
import it.pianodizona.diff.DiffText;
import it.pianodizona.diff.FindingsDiff;
import it.pianodizona.diff.MatchBy;
import it.pianodizona.diff.PlanDiff;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.ValidationOptions;
import it.pianodizona.rules.Validator;
import it.pianodizona.rules.standard.StandardRules;
import java.io.PrintWriter;
import java.nio.file.Path;
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
 * AFTER, as text, JSON or an RFC 6902 JSON Patch; exit codes as diff(1).
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Compare two versions of a plan: changes by element, budget deltas, findings.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no differences",
      "1:differences",
      "2:a file could not be read, or bad usage"})
final class DiffCommand implements Callable<Integer> {

  /** The output formats of {@code diff}. */
  enum DiffFormat {
    text, json, json_patch;

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
        throw new CommandLine.TypeConversionException("expected text, json or json-patch, not '" + value + "'");
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

  @Option(names = "--format", defaultValue = "text", converter = FormatConverter.class,
      description = "text, json or json-patch (default: ${DEFAULT-VALUE})")
  DiffFormat format;

  @CommandLine.ParentCommand
  Pdz pdz;

  @Option(names = "--match", defaultValue = "ids",
      description = "Pair elements by ids, or also by codes, titles and names for a successor plan (default: ${DEFAULT-VALUE})")
  MatchChoice match;

  @Option(names = "--findings", description = "Also compare the two plans' validation findings.")
  boolean findings;

  @Option(names = "--as-of", paramLabel = "DATA", converter = ValidationArguments.AsOfConverter.class,
      description = "With --findings: judge deadlines as of this date (default: today).")
  LocalDate asOf;

  @Parameters(index = "0", paramLabel = "BEFORE", description = "The first version (JSON).")
  Path beforeFile;

  @Parameters(index = "1", paramLabel = "AFTER", description = "The second version (JSON).")
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
        options.clock(java.time.Clock.systemDefaultZone());
      }
      Validator validator = StandardRules.validator(options.build());
      findingsDiff = Optional.of(FindingsDiff.between(before, validator.validate(before), after, validator.validate(after)));
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json -> out.print(DiffJson.write(diff, findingsDiff));
      case json_patch -> out.print(diff.jsonPatch());
      default -> out.print(DiffText.write(diff, findingsDiff, locale));
    }
    out.flush();
    return diff.isEmpty() ? 0 : 1;
  }
}
