package it.pianodizona.report;

import java.util.Locale;

/** Lingua del rapporto: the language of a report's own words and number formats (Italian first). */
public enum ReportLanguage {
  /** Italiano, the default. */
  IT(Locale.ITALIAN),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  ReportLanguage(Locale locale) {
    this.locale = locale;
  }

  /** The locale of the page chrome's labels and of number and date formats. */
  public Locale locale() {
    return locale;
  }

  /** The BCP 47 tag written in the page's {@code lang} attribute: {@code it} or {@code en}. */
  public String tag() {
    return locale.getLanguage();
  }
}
