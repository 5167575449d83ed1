package it.pianodizona.examples.cli;

import it.pianodizona.io.PlanReadException;
import it.pianodizona.io.report.FileOutcome;
import it.pianodizona.io.report.ReportJson;
import it.pianodizona.rules.Finding;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.ValidationOptions;
import it.pianodizona.rules.ValidationReport;
import it.pianodizona.rules.Validator;
import it.pianodizona.rules.profile.RegionalProfile;
import it.pianodizona.rules.profile.RegionalProfiles;
import it.pianodizona.rules.standard.StandardRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code pdz validate}: convalida dei piani. Reads and validates each file, reporting every one. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validate plan files and report findings grouped by file.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no ERROR finding",
      "1:some plan has an ERROR finding",
      "2:a file could not be read, or bad usage (the other files are still reported)"})
final class ValidateCommand implements Callable<Integer> {

  /** Regional profile choice on the command line. */
  enum ProfileChoice {
    auto, national, lombardia, puglia, emilia_romagna;

    static ProfileChoice parse(String text) {
      return valueOf(text.replace('-', '_'));
    }
  }

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Option(names = "--lang", defaultValue = "it", description = "Language of messages: it or en (default: ${DEFAULT-VALUE})")
  Language lang;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "Judge deadlines as of this date (default: today).")
  LocalDate asOf;

  @Option(names = "--profile", defaultValue = "auto", converter = ProfileConverter.class,
      description = "Regional profile: auto, national, lombardia, puglia, emilia-romagna (default: auto, from the plan's region).")
  ProfileChoice profile;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plan files (JSON).")
  List<Path> files;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Locale locale = lang.locale();
    Validator validator = StandardRules.validator(options(locale));
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
      outcomes.add(outcome(file, validator));
    }
    if (progress) {
      err.print("\r");
      err.flush();
    }
    if (format == OutputFormat.json) {
      out.print(ReportJson.write(outcomes, locale));
    } else {
      outcomes.forEach(outcome -> printText(outcome, locale, out, err));
    }
    out.flush();
    return exitCode(outcomes);
  }

  private ValidationOptions options(Locale locale) {
    var options = ValidationOptions.builder().locale(locale);
    if (asOf != null) {
      options.asOf(asOf);
    } else {
      options.clock(java.time.Clock.systemDefaultZone());
    }
    chosenProfile().ifPresent(options::profile);
    return options.build();
  }

  private java.util.Optional<RegionalProfile> chosenProfile() {
    switch (profile) {
      case national: return java.util.Optional.of(RegionalProfiles.national());
      case lombardia: return java.util.Optional.of(RegionalProfiles.lombardia());
      case puglia: return java.util.Optional.of(RegionalProfiles.puglia());
      case emilia_romagna: return java.util.Optional.of(RegionalProfiles.emiliaRomagna());
      case auto:
      default: return java.util.Optional.empty();
    }
  }

  private static FileOutcome outcome(Path file, Validator validator) {
    String name = file.toString();
    try {
      return FileOutcome.validated(name, validator.validate(PlanFiles.READER.read(file).plan()));
    } catch (PlanReadException e) {
      return FileOutcome.unreadable(name, e);
    } catch (IOException e) {
      return FileOutcome.unreachable(name, PlanFiles.describe(file, e));
    }
  }

  private static void printText(FileOutcome outcome, Locale locale, PrintWriter out, PrintWriter err) {
    // Everything from the plan goes through Terminal.printable: a plan must not drive the terminal.
    outcome.readError().ifPresent(e -> err.println("pdz: " + Terminal.printable(PlanFiles.describe(e, locale))));
    outcome.ioError().ifPresent(message -> err.println("pdz: " + Terminal.printable(message)));
    outcome.report().ifPresent(report -> {
      boolean italian = PlanFiles.isItalian(locale);
      out.printf("%s  [%s, %s]  %d %s, %d %s, %d info%s%n",
          Terminal.printable(outcome.file()), Terminal.printable(report.planId()), report.profileId(),
          report.count(Severity.ERROR), italian ? "errori" : "errors",
          report.count(Severity.WARNING), italian ? "avvisi" : "warnings",
          report.count(Severity.INFO),
          report.waivedCount() == 0 ? "" : String.format(", %d %s", report.waivedCount(), italian ? "deroghe" : "waived"));
      for (Finding finding : report.findings()) {
        out.printf("  %-7s %s  %s%s%n      %s%n      %s%n",
            finding.severity(), finding.ruleId(), finding.path().isEmpty() ? "/" : Terminal.printable(finding.path()),
            finding.isWaived()
                ? "  (" + (italian ? "in deroga: " : "waived: ") + Terminal.printable(finding.waiver().orElseThrow().reason()) + ")"
                : "",
            Terminal.printable(finding.message()), Terminal.printable(finding.reference()));
      }
    });
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

  /** Accepts "emilia-romagna" as well as the enum's own spelling. */
  static final class ProfileConverter implements CommandLine.ITypeConverter<ProfileChoice> {
    @Override
    public ProfileChoice convert(String value) {
      try {
        return ProfileChoice.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a profile: auto, national, lombardia, puglia, emilia-romagna");
      }
    }
  }
}
