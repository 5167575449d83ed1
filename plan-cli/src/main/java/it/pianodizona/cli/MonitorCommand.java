package it.pianodizona.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianodizona.io.MonitoringJson;
import it.pianodizona.io.PlanReadException;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.monitoring.MonitoringDocument;
import it.pianodizona.model.objective.TargetRange;
import it.pianodizona.monitor.ActionAssessment;
import it.pianodizona.monitor.ActionCompletion;
import it.pianodizona.monitor.ImmutableMonitoringOptions;
import it.pianodizona.monitor.IndicatorAssessment;
import it.pianodizona.monitor.MonitoringAssessor;
import it.pianodizona.monitor.MonitoringFinding;
import it.pianodizona.monitor.MonitoringMessages;
import it.pianodizona.monitor.MonitoringOptions;
import it.pianodizona.monitor.MonitoringReport;
import it.pianodizona.monitor.MonitoringText;
import it.pianodizona.monitor.ObjectiveAssessment;
import it.pianodizona.monitor.SpendingExecution;
import it.pianodizona.monitor.YearSummary;
import it.pianodizona.io.SafeText;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.registry.MunicipalityRegistry;
import it.pianodizona.rules.leps.DistrictPopulation;
import it.pianodizona.registry.Population;
import it.pianodizona.report.ReportLanguage;
import it.pianodizona.report.ReportRenderer;
import it.pianodizona.report.monitoring.DerivedPopulation;
import it.pianodizona.report.monitoring.MonitoringReportDocument;
import it.pianodizona.report.monitoring.MonitoringReportOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pdz monitor}: monitoraggio del piano. Judges a plan's monitoring file against the plan's
 * targets and budget and prints the report as text (Italian by default), JSON or a self-contained
 * HTML page, to stdout or, atomically, to a file.
 */
@Command(name = "monitor", mixinStandardHelpOptions = true)
final class MonitorCommand implements Callable<Integer> {

  /** The report formats. */
  enum Format { text, json, html }

  @Parameters(index = "0", paramLabel = "PLAN", descriptionKey = "pdz.monitor.plan")
  Path planFile;

  @Parameters(index = "1", paramLabel = "MONITORING", descriptionKey = "pdz.monitor.monitoring")
  Path monitoringFile;

  @Option(names = "--as-of", paramLabel = "DATA", converter = ValidationArguments.AsOfConverter.class)
  LocalDate asOf;

  @Option(names = "--year", paramLabel = "YYYY")
  Integer year;

  @Option(names = "--population", paramLabel = "N")
  Long population;

  @Option(names = "--format", defaultValue = "text")
  Format format;

  @CommandLine.ParentCommand
  Pdz pdz;

  @Option(names = "--output", paramLabel = "FILE")
  Path output;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Texts texts = pdz.texts();
    Locale locale = texts.language().locale();
    if (population != null && population <= 0) {
      throw new PlanFiles.UserError(texts.get("monitor.error.population", population), null);
    }
    ZonePlan plan = PlanFiles.read(planFile, texts);
    MonitoringDocument monitoring = readMonitoring(monitoringFile, texts);
    LocalDate today = LocalDate.now(Clock.systemDefaultZone());
    ImmutableMonitoringOptions.Builder options = MonitoringOptions.builder().asOf(asOf != null ? asOf : today);
    if (year != null) {
      if (!plan.period().years().contains(Year.of(year))) {
        throw new PlanFiles.UserError(texts.get("monitor.error.year", year, plan.period()), null);
      }
      options.year(Year.of(year));
    }
    Optional<Population> derived = Optional.empty();
    if (population != null) {
      options.population(population);
    } else {
      plan.district().population().ifPresent(p -> options.population(p.inhabitants()));
      derived = derivedPopulation(plan);
      derived.ifPresent(p -> options.population(p.inhabitants()));
    }
    MonitoringReport report = MonitoringAssessor.of(options.build()).assess(plan, monitoring);
    String text = switch (format) {
      case json -> ReportJson.write(report, locale, derived);
      case html -> html(report, monitoring, derived, plan, texts, today);
      case text -> printable(MonitoringText.render(report, locale) + derivedLine(derived, plan, texts));
    };
    if (output != null) {
      writeAtomically(output, text, texts);
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    }
    return report.everythingDueMet() ? 0 : 1;
  }

  /**
   * Popolazione derivata: where the plan states no population, the registry's sum over its members
   * as {@link DistrictPopulation} derives it; otherwise empty (never zero, never a partial sum).
   */
  static Optional<Population> derivedPopulation(ZonePlan plan) {
    return DistrictPopulation.isStated(plan) ? Optional.empty()
        : DistrictPopulation.of(plan, MunicipalityRegistry::italy);
  }


  /** The text report's last line when the population was derived: where it comes from and its date. */
  private static String derivedLine(Optional<Population> derived, ZonePlan plan, Texts texts) {
    return derived.map(p -> texts.get("monitor.population.derived", plan.district().municipalities().size(),
        p.referenceDate(), memberSource(plan).orElse(p.source())) + "\n").orElse("");
  }

  /** The registry's source of the members' figures (the same for every municipality it holds). */
  private static Optional<String> memberSource(ZonePlan plan) {
    return plan.district().municipalities().stream().flatMap(m -> m.istatCode().stream()).findFirst()
        .flatMap(code -> MunicipalityRegistry.italy().byCode(code))
        .flatMap(it.pianodizona.registry.Municipality::population)
        .map(Population::source);
  }

  private static String html(MonitoringReport report, MonitoringDocument monitoring, Optional<Population> derived,
      ZonePlan plan, Texts texts, LocalDate today) {
    var options = MonitoringReportOptions.builder()
        .language(texts.language() == Language.en ? ReportLanguage.EN : ReportLanguage.IT)
        .generatedOn(today)
        .monitoring(monitoring);
    derived.ifPresent(p -> options.derivedPopulation(DerivedPopulation.of(
        plan.district().municipalities().size(), p.referenceDate(), memberSource(plan).orElse(p.source()))));
    return ReportRenderer.create().render(MonitoringReportDocument.of(report, options.build()));
  }

  /** Line by line through {@link SafeText#oneLine}: text from the files must not drive the terminal. */
  private static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (String line : text.split("\n", -1)) {
      out.append(SafeText.oneLine(line)).append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  private static MonitoringDocument readMonitoring(Path file, Texts texts) {
    try {
      return MonitoringJson.read(file);
    } catch (PlanReadException e) {
      throw new PlanFiles.UserError(PlanFiles.describe(e, texts.language().locale()), e);
    } catch (IOException e) {
      throw new PlanFiles.UserError(PlanFiles.describe(file, e, texts), e);
    }
  }

  /** The whole report or nothing: written beside the target, then moved over it. */
  static void writeAtomically(Path target, String content, Texts texts) {
    Path absolute = target.toAbsolutePath();
    Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "."
        + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    try {
      Files.writeString(temporary, content, StandardCharsets.UTF_8);
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // The first failure is the one to report.
      }
      throw new PlanFiles.UserError(PlanFiles.describe(target, e, texts), e);
    }
  }

  /**
   * Il rapporto in JSON: the shape documented in docs/MONITORING-FORMAT.md ("The report as JSON"):
   * lower-case enum values as in the plan format, amounts as numbers with two decimals, dates in
   * ISO form, and an unknown value left out rather than written as zero.
   */
  static final class ReportJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {}

    static String write(MonitoringReport report, Locale locale) {
      return write(report, locale, Optional.empty());
    }

    /** With the source of a derived population after {@code population}. */
    static String write(MonitoringReport report, Locale locale, Optional<Population> derived) {
      try {
        ObjectNode root = tree(report, locale);
        if (derived.isPresent()) {
          ObjectNode reordered = NODES.objectNode();
          root.properties().forEach(e -> {
            reordered.set(e.getKey(), e.getValue());
            if (e.getKey().equals("population")) {
              reordered.putObject("populationSource").put("derived", true)
                  .put("referenceDate", derived.get().referenceDate().toString())
                  .put("source", derived.get().source());
            }
          });
          root = reordered;
        }
        return MAPPER.writeValueAsString(root) + "\n";
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static ObjectNode tree(MonitoringReport report, Locale locale) {
      MonitoringMessages m = MonitoringMessages.of(locale);
      ObjectNode root = NODES.objectNode();
      root.put("planId", report.planId());
      root.put("planTitle", report.planTitle());
      root.put("district", report.districtName());
      root.put("asOf", report.asOf().toString());
      report.population().ifPresent(p -> root.put("population", p));
      root.put("language", m.locale().getLanguage());
      root.put("everythingDueMet", report.everythingDueMet());
      ArrayNode years = root.putArray("years");
      report.years().forEach(y -> years.add(y.getValue()));
      ArrayNode findings = root.putArray("findings");
      for (MonitoringFinding f : report.findings()) {
        findings.addObject().put("kind", name(f.kind())).put("pointer", f.pointer()).put("value", f.value())
            .put("message", m.describe(f));
      }
      ArrayNode summaries = root.putArray("summaries");
      for (YearSummary s : report.summaries()) {
        ObjectNode node = summaries.addObject().put("year", s.year().getValue());
        counts(node.putObject("indicators"), s.met(), s.partlyMet(), s.notMet(), s.noData(), s.notYetDue(),
            s.noTarget());
        spending(node.putObject("spending"), s.spending());
        money(node, "plannedPerInhabitant", s.plannedPerInhabitant());
        money(node, "actualPerInhabitant", s.actualPerInhabitant());
        actions(node.putObject("actions"), s.actions());
      }
      ArrayNode objectives = root.putArray("objectives");
      for (ObjectiveAssessment o : report.objectives()) {
        ObjectNode node = objectives.addObject().put("objectiveId", o.objectiveId()).put("code", o.code())
            .put("title", o.title()).put("year", o.year().getValue()).put("attainment", name(o.attainment()))
            .put("attainmentLabel", m.label(o.attainment()));
        counts(node.putObject("indicators"), o.met(), o.partlyMet(), o.notMet(), o.noData(), o.notYetDue(),
            o.noTarget());
        spending(node.putObject("spending"), o.spending());
        actions(node.putObject("actions"), o.actions());
      }
      ArrayNode indicators = root.putArray("indicators");
      for (IndicatorAssessment i : report.indicators()) {
        ObjectNode node = indicators.addObject().put("objectiveId", i.objectiveId()).put("indicatorId", i.indicatorId())
            .put("description", i.description()).put("unit", name(i.unit())).put("year", i.year().getValue())
            .put("attainment", name(i.attainment())).put("attainmentLabel", m.label(i.attainment()))
            .put("basis", name(i.basis())).put("explanation", m.explain(i));
        i.value().ifPresent(v -> node.put("value", v));
        i.origin().ifPresent(v -> node.put("origin", name(v)));
        i.measuredOn().ifPresent(v -> node.put("measuredOn", v.toString()));
        i.dueBy().ifPresent(v -> node.put("dueBy", v.toString()));
        i.target().ifPresent(t -> target(node.putObject("target"), t, m));
        node.put("planPointer", i.planPointer());
      }
      ArrayNode actions = root.putArray("actions");
      for (ActionAssessment a : report.actions()) {
        ObjectNode node = actions.addObject().put("objectiveId", a.objectiveId()).put("actionId", a.actionId())
            .put("year", a.year().getValue());
        a.progress().ifPresent(p -> node.put("progress", name(p)).put("progressLabel", m.label(p)));
        a.notes().ifPresent(n -> node.put("notes", n));
      }
      return root;
    }

    private static void counts(ObjectNode node, int met, int partlyMet, int notMet, int noData, int notYetDue,
        int noTarget) {
      node.put("met", met).put("partlyMet", partlyMet).put("notMet", notMet).put("noData", noData)
          .put("notYetDue", notYetDue).put("noTarget", noTarget);
    }

    private static void spending(ObjectNode node, SpendingExecution s) {
      money(node, "planned", s.planned());
      money(node, "actual", s.actual());
      s.executionPercent().ifPresent(p -> node.put("executionPercent", p));
    }

    private static void actions(ObjectNode node, ActionCompletion c) {
      node.put("total", c.total()).put("notStarted", c.notStarted()).put("underWay", c.underWay())
          .put("done", c.done()).put("dropped", c.dropped()).put("notReported", c.notReported());
      c.completionPercent().ifPresent(p -> node.put("completionPercent", p));
    }

    private static void target(ObjectNode node, TargetRange t, MonitoringMessages m) {
      node.put("kind", name(t.kind()));
      t.min().ifPresent(v -> node.put("min", v));
      t.max().ifPresent(v -> node.put("max", v));
      t.outOf().ifPresent(v -> node.put("outOf", v));
      t.recurrence().ifPresent(v -> node.put("recurrence", name(v)));
      t.deadline().ifPresent(v -> node.put("deadline", v.toString()));
      t.startingFrom().ifPresent(v -> node.put("startingFrom", v.toString()));
      t.statedAs().ifPresent(v -> node.put("statedAs", v));
      node.put("label", m.target(t));
    }

    private static void money(ObjectNode node, String field, Optional<Money> amount) {
      amount.ifPresent(a -> node.put(field, a.amount()));
    }

    private static String name(Enum<?> constant) {
      return constant.name().toLowerCase(Locale.ROOT);
    }
  }
}
