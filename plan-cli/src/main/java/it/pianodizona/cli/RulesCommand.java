package it.pianodizona.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.pianodizona.io.PlanJson;
import it.pianodizona.rules.RuleCatalogue;
import it.pianodizona.rules.RuleDescriptor;
import it.pianodizona.rules.standard.StandardRules;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pdz rules}: il catalogo delle regole, as text or as a JSON array in the canonical
 * layout every JSON output of pdz shares.
 */
@Command(name = "rules", mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {

  @Option(names = "--format", defaultValue = "text")
  OutputFormat format;

  @CommandLine.ParentCommand
  Pdz pdz;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    RuleCatalogue catalogue = StandardRules.catalogue();
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
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
