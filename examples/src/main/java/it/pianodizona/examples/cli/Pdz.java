package it.pianodizona.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pdz}: lo strumento a riga di comando dei Piani di Zona. Validates plan files, prints
 * the rule catalogue and the JSON Schema, formats plans canonically and exports budgets.
 *
 * <p>Exit codes: 0 no error, 1 some plan has an ERROR finding, 2 a file could not be read or the
 * command was used wrongly. A user's mistake ends in one line on stderr, never a stack trace
 * (unless {@code --debug}).
 */
@Command(
    name = "pdz",
    mixinStandardHelpOptions = true,
    versionProvider = Pdz.Version.class,
    description = "Piani di Zona toolkit: validate, format and export zone plans (L. 328/2000 art. 19).",
    subcommands = {
      ValidateCommand.class,
      RulesCommand.class,
      SchemaCommand.class,
      FormatCommand.class,
      ExportCommand.class,
      DiffCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Pdz implements Runnable {

  /** Exit code: a file could not be read, or bad usage. */
  static final int EXIT_UNREADABLE = 2;

  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "Show stack traces of unexpected failures.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and the tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Pdz());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      Pdz root = commandLine.getCommandSpec().root().userObject() instanceof Pdz
          ? (Pdz) commandLine.getCommandSpec().root().userObject() : null;
      if (root != null && root.debug) {
        e.printStackTrace(err);
      }
      err.println("pdz: " + oneLine(e));
      err.flush();
      return EXIT_UNREADABLE;
    });
    cli.setParameterExceptionHandler((e, args) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("pdz: " + e.getMessage());
      err.println("Try 'pdz " + String.join(" ", e.getCommandLine().getCommandSpec().qualifiedName(" ")
          .replaceFirst("^pdz ?", "")) + (e.getCommandLine().getCommandSpec().name().equals("pdz") ? "" : " ")
          + "--help' for usage.");
      err.flush();
      return EXIT_UNREADABLE;
    });
    return cli;
  }

  static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return Terminal.printable(message);
  }

  /** The version from the jar manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Pdz.class.getPackage().getImplementationVersion();
      return new String[] {"pdz " + (version == null ? "development" : version)};
    }
  }
}
