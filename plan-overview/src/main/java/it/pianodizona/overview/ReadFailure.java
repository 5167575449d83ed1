package it.pianodizona.overview;

import org.immutables.value.Value;

/**
 * Errore di lettura: why a file gave no plan, located (file, and line, column and JSON Pointer
 * when the reader knows them), in Italian and English. Texts are one line and safe to print.
 */
@Value.Immutable
public interface ReadFailure {

  /** Where: the file, with {@code :line:column pointer} when known. */
  String location();

  String italianMessage();

  String englishMessage();

  /** The message in Italian unless the language is English. */
  default String message(java.util.Locale locale) {
    return "en".equals(locale.getLanguage()) ? englishMessage() : italianMessage();
  }

  static ReadFailure of(String location, String italian, String english) {
    return ImmutableReadFailure.builder().location(location).italianMessage(italian).englishMessage(english).build();
  }
}
