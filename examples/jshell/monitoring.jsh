// Assess the Crema 2015-2017 plan against its monitoring file (illustrative values, see its notes).
// Run from the repository root:  jshell --class-path examples/target/pdz.jar examples/jshell/monitoring.jsh
import it.pianodizona.io.MonitoringJson;
import it.pianodizona.io.PlanJson;
import it.pianodizona.monitor.Attainment;
import it.pianodizona.monitor.MonitoringAssessor;
import it.pianodizona.monitor.MonitoringMessages;
import it.pianodizona.monitor.MonitoringOptions;
import it.pianodizona.report.ReportRenderer;
import it.pianodizona.report.monitoring.MonitoringReportDocument;
import it.pianodizona.report.monitoring.MonitoringReportOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

var home = Path.of(System.getProperty("pdz.home", "."));
var plan = PlanJson.read(home.resolve("examples/plans/crema-2015-2017.json"));
var monitoring = MonitoringJson.read(home.resolve("examples/monitoring/crema-2015-2017-monitoring.json"));

var report = MonitoringAssessor.of(MonitoringOptions.asOf(LocalDate.of(2018, 3, 31))).assess(plan, monitoring);
var words = MonitoringMessages.of(Locale.ENGLISH);
System.out.println("Everything due met: " + report.everythingDueMet());
System.out.println("Findings: " + report.findings().size());
report.findings().forEach(f -> System.out.println("  " + f.pointer() + ": " + words.describe(f)));
report.summaries().forEach(s -> System.out.printf("  %s: %d met, %d partly, %d not met, %d no data; spending %s of %s%n",
    s.year(), s.met(), s.partlyMet(), s.notMet(), s.noData(),
    s.spending().actual().map(words::money).orElse("unknown"), s.spending().planned().map(words::money).orElse("unknown")));
report.indicators().stream().filter(r -> r.attainment().isShortfall()).forEach(r ->
    System.out.printf("  %s %s %-13s %s%n", r.year(), r.indicatorId(), words.label(r.attainment()), words.explain(r)));

// The same report as one self-contained HTML page (Italian by default), as pdz monitor --format html writes it.
var page = ReportRenderer.create().render(MonitoringReportDocument.of(report,
    MonitoringReportOptions.builder().generatedOn(LocalDate.of(2018, 4, 1)).monitoring(monitoring).build()));
System.out.println("HTML report: " + page.length() + " characters, illustrative note: " + page.contains("Valori illustrativi"));
/exit
