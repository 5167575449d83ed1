package it.pianodizona.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lingua dei messaggi: the languages pdz speaks. Italian unless asked otherwise, by
 * {@code --lang en} or by an English locale in the environment ({@code LC_ALL},
 * {@code LC_MESSAGES} or {@code LANG}, in the order POSIX reads them). The environment is read
 * rather than Java's default locale because a JVM without installed locales reports English for
 * every setting, Italian included.
 */
enum Language {
  it(Locale.ITALIAN),
  en(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  Locale locale() {
    return locale;
  }

  /** The language of the environment: English for an English locale, else Italian. */
  static Language ofEnvironment(Map<String, String> environment) {
    for (String variable : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
      String value = environment.getOrDefault(variable, "");
      if (!value.isEmpty()) {
        return value.startsWith("en") ? en : it;
      }
    }
    return it;
  }

  /**
   * The language a command line asks for with {@code --lang}, read before parsing so that even
   * a usage error is in that language; the environment's language if it asks for none.
   */
  static Language of(String[] args, Map<String, String> environment) {
    return requested(args).orElseGet(() -> ofEnvironment(environment));
  }

  private static Optional<Language> requested(String[] args) {
    Optional<Language> found = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      } else if (args[i].equals("--")) {
        break;
      }
      if (value != null) {
        for (Language language : values()) {
          if (language.name().equals(value)) {
            found = Optional.of(language);
          }
        }
      }
    }
    return found;
  }
}
