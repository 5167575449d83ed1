package it.pianodizona.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.pianodizona.io.CsvDialect;
import it.pianodizona.io.PlanJson;
import it.pianodizona.io.SafeText;
import it.pianodizona.rules.RuleCatalogue;
import it.pianodizona.rules.RuleDescriptor;
import it.pianodizona.rules.RuleExplanations;
import it.pianodizona.rules.standard.StandardRules;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pdz rules}: il catalogo delle regole, as text, as a JSON array in the canonical
 * layout every JSON output of pdz shares, or as CSV; {@code --explain RULE_ID} prints one rule's
 * explanation (the text of docs/rules/RULE_ID.md in the chosen language).
 */
@Command(name = "rules", mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {

  /** The catalogue's formats: those of every command, and CSV. */
  enum Format { text, json, csv }

  /** The columns of {@code --format csv}. */
  static final List<String> CSV_COLUMNS = List.of("id", "severity", "family", "reference", "title_it", "title_en", "help");

  @Option(names = "--format", defaultValue = "text")
  Format format;

  @Option(names = "--explain", paramLabel = "RULE_ID")
  Optional<String> explain;

  @CommandLine.ParentCommand
  Pdz pdz;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    RuleCatalogue catalogue = StandardRules.catalogue();
    PrintWriter out = spec.commandLine().getOut();
    if (explain.isPresent()) {
      Texts texts = pdz.texts();
      RuleDescriptor rule = catalogue.descriptor(explain.get()).orElseThrow(() -> new PlanFiles.UserError(
          texts.get("rules.unknown", SafeText.oneLine(explain.get())), null));
      out.print(RuleExplanations.explain(rule, texts.language().locale()));
      RuleExplanations.help(rule.id()).ifPresent(page -> out.println("\n" + texts.get("report.help", page)));
    } else if (format == Format.csv) {
      List<List<String>> rows = new ArrayList<>();
      for (RuleDescriptor rule : catalogue.descriptors()) {
        rows.add(List.of(rule.id(), rule.severity().name().toLowerCase(Locale.ROOT),
            rule.family().name().toLowerCase(Locale.ROOT), CsvDialect.text(rule.reference()),
            CsvDialect.text(rule.title(Locale.ITALIAN)), CsvDialect.text(rule.title(Locale.ENGLISH)),
            RuleExplanations.help(rule.id()).orElse("")));
      }
      CsvDialect.RFC_4180.write(CSV_COLUMNS, rows, out);
    } else if (format == Format.json) {
      out.print(PlanJson.writeCanonical(new ObjectMapper().valueToTree(catalogue.entries())));
    } else {
      Texts texts = pdz.texts();
      for (RuleDescriptor rule : catalogue.descriptors()) {
        out.printf("%-40s %-7s %s%n%40s         %s%n", rule.id(), texts.get("severity." + rule.severity()),
            rule.title(texts.language().locale()), "", rule.reference());
      }
    }
    out.flush();
    return 0;
  }
}
