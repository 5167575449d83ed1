package it.pianodizona.diff;

import java.util.Locale;

/**
 * Abbinamento per attributo: which attribute paired two elements whose ids differ, under
 * {@link MatchBy#CODES}.
 */
public enum Pairing {
  /** The same {@code code}. */
  CODE("code"),
  /** The same {@code title}. */
  TITLE("title"),
  /** The same {@code name}. */
  NAME("name");

  private final String field;

  Pairing(String field) {
    this.field = field;
  }

  /** The JSON field compared. */
  public String field() {
    return field;
  }

  /** The lower-case name used in JSON. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
