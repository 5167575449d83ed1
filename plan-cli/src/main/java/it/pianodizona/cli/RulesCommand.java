package it.pianodizona.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import it.pianodizona.rules.RuleCatalogue;
import it.pianodizona.rules.RuleDescriptor;
import it.pianodizona.rules.standard.StandardRules;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pdz rules}: il catalogo delle regole, as text or as a JSON array. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Print the rule catalogue: id, severity, reference and title.")
final class RulesCommand implements Callable<Integer> {

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Option(names = "--lang", defaultValue = "it", description = "Language of titles in text form: it or en (default: ${DEFAULT-VALUE})")
  Language lang;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    RuleCatalogue catalogue = StandardRules.catalogue();
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      out.println(mapper.writeValueAsString(catalogue.entries()));
    } else {
      for (RuleDescriptor rule : catalogue.descriptors()) {
        out.printf("%-40s %-7s %s%n%40s         %s%n", rule.id(), rule.severity(),
            rule.title(lang.locale()), "", rule.reference());
      }
    }
    out.flush();
    return 0;
  }
}
