package it.pianodizona.cli;

import it.pianodizona.io.SafeText;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;

/**
 * {@code pdz}: lo strumento a riga di comando dei Piani di Zona. Validates plan files, prints
 * the rule catalogue and the JSON Schema, formats plans canonically and exports budgets and
 * findings as CSV. Italian first: help, errors and reports are Italian unless {@code --lang en}
 * or an English locale asks for English.
 *
 * <p>Exit codes: 0 no error, 1 some plan has an ERROR finding, 2 a file could not be read or the
 * command was used wrongly. A user's mistake ends in one line on stderr, never a stack trace
 * (unless {@code --debug}).
 */
@Command(
    name = "pdz",
    mixinStandardHelpOptions = true,
    versionProvider = Pdz.Version.class)
public final class Pdz implements Runnable {

  /** Exit code: a file could not be read, or bad usage. */
  static final int EXIT_UNREADABLE = 2;

  /**
   * The subcommands by name, in the order the help lists them. Registered here rather than in
   * {@code @Command(subcommands = ...)} so that a run of one command builds only that one:
   * picocli reads every registered command's annotations by reflection up front, and for all
   * ten that was a fifth of a single-plan {@code validate}'s CPU time. Each name is its class's
   * {@code @Command} name (a test checks it).
   */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    commands.put("validate", ValidateCommand.class);
    commands.put("rules", RulesCommand.class);
    commands.put("schema", SchemaCommand.class);
    commands.put("format", FormatCommand.class);
    commands.put("export", ExportCommand.class);
    commands.put("diff", DiffCommand.class);
    commands.put("monitor", MonitorCommand.class);
    commands.put("overview", OverviewCommand.class);
    commands.put("generate", GenerateCommand.class);
    commands.put("help", CommandLine.HelpCommand.class);
    return Collections.unmodifiableMap(commands);
  }

  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT)
  boolean debug;

  @Option(names = "--lang", scope = CommandLine.ScopeType.INHERIT, paramLabel = "it|en")
  Language lang;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final Language environmentLanguage;

  private Pdz(Language environmentLanguage) {
    this.environmentLanguage = environmentLanguage;
  }

  /** The language of this run: {@code --lang}, else the environment's. */
  Language language() {
    return lang != null ? lang : environmentLanguage;
  }

  Texts texts() {
    return Texts.of(language());
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), texts().get("error.commandRequired"));
  }

  public static void main(String[] args) {
    Map<String, String> environment = System.getenv();
    System.exit(commandLine(environment, onlyCommand(args)).execute(args));
  }

  /** The configured command line, shared by {@link #main} and the tests. */
  public static CommandLine commandLine() {
    return commandLine(System.getenv());
  }

  /** The command line for a given environment (its {@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}). */
  static CommandLine commandLine(Map<String, String> environment) {
    return commandLine(environment, Optional.empty());
  }

  /**
   * The subcommand these arguments run, when nothing else of the command line can show: the
   * arguments before it are only the global {@code --debug} and {@code --lang}, and it is not
   * {@code help}. Empty otherwise ({@code pdz --help}, a mistyped command, which gets the nearest
   * one suggested, an argument file): then every subcommand is built.
   */
  static Optional<String> onlyCommand(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--debug") || arg.startsWith("--lang=")) {
        continue;
      }
      if (arg.equals("--lang")) {
        i++; // its value
        continue;
      }
      return SUBCOMMANDS.containsKey(arg) && !arg.equals("help") ? Optional.of(arg) : Optional.empty();
    }
    return Optional.empty();
  }

  /** The command line with every subcommand, or only the one named. */
  static CommandLine commandLine(Map<String, String> environment, Optional<String> only) {
    Language fromEnvironment = Language.ofEnvironment(environment);
    Pdz pdz = new Pdz(fromEnvironment);
    CommandLine cli = new CommandLine(pdz);
    if (only.isPresent()) {
      cli.addSubcommand(only.get(), SUBCOMMANDS.get(only.get()));
    } else {
      SUBCOMMANDS.forEach(cli::addSubcommand);
    }
    cli.setResourceBundle(Texts.of(fromEnvironment).bundle());
    // Help is printed after parsing: by then --lang is known, and the help follows it.
    CommandLine.IExecutionStrategy runLast = new CommandLine.RunLast();
    cli.setExecutionStrategy(parseResult -> {
      if (pdz.language() != fromEnvironment) {
        cli.setResourceBundle(pdz.texts().bundle());
      }
      return runLast.execute(parseResult);
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (pdz.debug) {
        e.printStackTrace(err);
      }
      err.println("pdz: " + oneLine(e));
      err.flush();
      return EXIT_UNREADABLE;
    });
    cli.setParameterExceptionHandler((e, args) -> {
      Texts texts = Texts.of(Language.of(args, environment));
      PrintWriter err = e.getCommandLine().getErr();
      err.println("pdz: " + SafeText.oneLine(usageError(e, texts)));
      err.flush();
      return EXIT_UNREADABLE;
    });
    return cli;
  }

  /**
   * A usage error as one line in the user's language: what was wrong, the nearest command or
   * option where one is near, and where the help is. picocli's own messages are English and may
   * name Java classes, so they are replaced here by kind.
   */
  static String usageError(CommandLine.ParameterException e, Texts texts) {
    String command = e.getCommandLine().getCommandSpec().qualifiedName(" ");
    String hint = texts.get("error.hint", command);
    if (e instanceof CommandLine.UnmatchedArgumentException) {
      CommandLine.UnmatchedArgumentException unmatched = (CommandLine.UnmatchedArgumentException) e;
      String argument = unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0);
      String text;
      if (argument.startsWith("-")) {
        text = texts.get("error.unknownOption", argument);
      } else if (!e.getCommandLine().getSubcommands().isEmpty()) {
        text = texts.get("error.unknownCommand", argument);
      } else {
        text = texts.get("error.unexpectedArgument", argument);
      }
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        text += "; " + texts.get("error.didYouMean", String.join(", ", suggestions));
      }
      return text + "; " + hint;
    }
    if (e instanceof CommandLine.MissingParameterException) {
      String missing = ((CommandLine.MissingParameterException) e).getMissing().stream()
          .map(Pdz::nameOf).collect(Collectors.joining(", "));
      return texts.get("error.missing", missing) + "; " + hint;
    }
    if (e instanceof CommandLine.OverwrittenOptionException) {
      return texts.get("error.repeated", nameOf(((CommandLine.OverwrittenOptionException) e).getOverwritten()))
          + "; " + hint;
    }
    if (e.getArgSpec() != null && e.getValue() != null) {
      return texts.get("error.invalidValue", nameOf(e.getArgSpec()), e.getValue(), reason(e, texts)) + "; " + hint;
    }
    return e.getMessage() + "; " + hint;
  }

  private static String reason(CommandLine.ParameterException e, Texts texts) {
    Throwable cause = e.getCause();
    if (cause instanceof CommandLine.TypeConversionException && texts.has("invalid." + cause.getMessage())) {
      return texts.get("invalid." + cause.getMessage());
    }
    ArgSpec arg = e.getArgSpec();
    if (arg.completionCandidates() != null && arg.completionCandidates().iterator().hasNext()) {
      return texts.get("invalid.choice", String.join(", ", arg.completionCandidates()));
    }
    return texts.get("invalid.value");
  }

  private static String nameOf(ArgSpec arg) {
    return arg.isOption() ? ((OptionSpec) arg).longestName() : ((PositionalParamSpec) arg).paramLabel();
  }

  static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return SafeText.oneLine(message);
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
