package it.pianodizona.cli;

import it.pianodizona.io.CsvDialect;
import it.pianodizona.overview.Overview;
import it.pianodizona.overview.OverviewCsv;
import it.pianodizona.overview.OverviewJson;
import it.pianodizona.overview.PlanFinder;
import it.pianodizona.overview.PlanSummariser;
import it.pianodizona.report.ReportLanguage;
import it.pianodizona.report.ReportRenderer;
import it.pianodizona.report.overview.OverviewReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pdz overview}: quadro d'insieme regionale e nazionale. Reads, validates and summarises
 * every plan file named or found in the directories named, on all cores, and writes one table
 * with regional and national aggregates as text, CSV, JSON or one HTML page. A file that cannot
 * be read is a row with its error, and the others go on.
 *
 * <p>Exit codes: 0 the overview was written and every file was read; 2 some file could not be
 * read (the overview is still written, with the file's row) or bad usage, or the output could
 * not be written (then nothing is written). Findings of the plans are the overview's content,
 * not a failure: they do not change the exit code.
 */
@Command(name = "overview", mixinStandardHelpOptions = true)
final class OverviewCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { text, csv, json, html }

  @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "pdz.overview.paths")
  List<Path> paths;

  @Option(names = "--recursive", descriptionKey = "pdz.overview.recursive")
  boolean recursive;

  @Option(names = "--format", defaultValue = "text", descriptionKey = "pdz.overview.format")
  Format format;

  @Option(names = "--output", paramLabel = "FILE", descriptionKey = "pdz.overview.output")
  Path output;

  @Option(names = "--as-of", paramLabel = "DATE", converter = ValidationArguments.AsOfConverter.class)
  LocalDate asOf;

  @Option(names = "--excel")
  boolean excel;

  @CommandLine.ParentCommand
  Pdz pdz;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Texts texts = pdz.texts();
    Locale locale = texts.language().locale();
    if (excel && format != Format.csv) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          texts.get("overview.excelNeedsCsv") + "; " + texts.get("error.hint", spec.qualifiedName(" ")));
    }
    LocalDate date = asOf != null ? asOf : LocalDate.now(Clock.systemDefaultZone());
    PlanFinder.Found found = PlanFinder.find(paths, recursive);
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    Progress progress = new Progress(spec.commandLine().getErr(), found.files().size(),
        System.console() != null, texts);
    Overview overview = PlanSummariser.standard(date)
        .overview(found.files(), found.problems(), threads, progress);
    progress.finish();
    String content = render(overview, texts, locale);
    if (output != null) {
      MonitorCommand.writeAtomically(output, content, texts);
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(content);
      out.flush();
    }
    boolean unreadable = overview.national().files() > overview.national().plans();
    return unreadable ? Pdz.EXIT_UNREADABLE : 0;
  }

  private String render(Overview overview, Texts texts, Locale locale) {
    switch (format) {
      case csv:
        StringWriter csv = new StringWriter();
        try {
          OverviewCsv.write(overview, excel ? CsvDialect.EXCEL : CsvDialect.RFC_4180, locale, csv);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return csv.toString();
      case json:
        return OverviewJson.write(overview, locale);
      case html:
        ReportLanguage language = PlanFiles.isItalian(locale) ? ReportLanguage.IT : ReportLanguage.EN;
        return ReportRenderer.create().render(OverviewReport.document(overview, language));
      case text:
      default:
        return OverviewText.render(overview, texts);
    }
  }

  /**
   * The progress bar: files done, rate and time left, redrawn at most ten times a second on
   * standard error, and only when that is a terminal; silent otherwise.
   */
  static final class Progress implements IntConsumer {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final int total;
    private final boolean shown;
    private final Texts texts;
    private final long start = System.nanoTime();
    private long lastDrawn;

    Progress(PrintWriter err, int total, boolean shown, Texts texts) {
      this.err = err;
      this.total = total;
      this.shown = shown && total > 0;
      this.texts = texts;
    }

    @Override
    public void accept(int done) {
      if (!shown) {
        return;
      }
      long now = System.nanoTime();
      if (done < total && now - lastDrawn < 100_000_000L) {
        return;
      }
      lastDrawn = now;
      err.print("\r" + line(done, (now - start) / 1e9));
      err.flush();
    }

    String line(int done, double seconds) {
      int filled = (int) ((long) WIDTH * done / total);
      double rate = seconds > 0 ? done / seconds : 0;
      long left = rate > 0 ? Math.round((total - done) / rate) : 0;
      return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
          + texts.get("overview.progress", done, total, Math.round(rate), left);
    }

    void finish() {
      if (shown) {
        err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
        err.flush();
      }
    }
  }
}
