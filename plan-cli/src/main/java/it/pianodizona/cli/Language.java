package it.pianodizona.cli;

import java.util.Locale;

/** Lingua dei messaggi: the languages pdz speaks. */
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
}
