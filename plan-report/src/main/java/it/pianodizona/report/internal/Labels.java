package it.pianodizona.report.internal;

import it.pianodizona.report.ReportLanguage;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Etichette della pagina: the page chrome's words from the Italian and English bundles. */
public final class Labels {

  private static final String BUNDLE = "it.pianodizona.report.internal.labels";

  private final ResourceBundle bundle;
  private final ReportLanguage language;

  public Labels(ReportLanguage language) {
    this.language = language;
    // Both languages have their own file and there is no base file, so the JVM's default locale
    // never decides the language (a Control cannot be passed from a named module).
    this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale());
  }

  /** The label of a key. */
  public String get(String key) {
    return bundle.getString(key);
  }

  /** The label of a key with its {@code {0}}… arguments filled in. */
  public String format(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
  }
}
