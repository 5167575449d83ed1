package it.pianodizona.diff;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Etichetta di un elemento: where a change is, for people, in Italian and English
 * ("Obiettivo 3 › Indicatore 2 › Valore atteso" / "Objective 3 › Indicator 2 › Target").
 *
 * @param italian the Italian label
 * @param english the English label
 */
public record Label(String italian, String english) {

  /** Checks both texts are present. */
  public Label {
    requireNonNull(italian);
    requireNonNull(english);
  }

  /** The label in the given language: Italian unless the language is English. */
  public String in(Locale locale) {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? english : italian;
  }
}
