package it.pianodizona.io;

/** Tipo di errore di lettura: what kind of problem stopped a plan from being read. */
public enum ReadErrorKind {
  /** JSON non valido: the text is not JSON (a missing comma, an unclosed string ...). */
  MALFORMED_JSON,
  /** Documento vuoto: nothing but white space. */
  EMPTY_DOCUMENT,
  /** Contenuto dopo la fine: something follows the plan's closing brace. */
  TRAILING_CONTENT,
  /** Campo ripetuto: the same field twice in one object. */
  DUPLICATE_FIELD,
  /** Campo sconosciuto: a field the format does not have (a warning when reading leniently). */
  UNKNOWN_FIELD,
  /** Tipo errato: e.g. a string where a number belongs, or {@code null}. */
  WRONG_TYPE,
  /** Campo obbligatorio mancante. */
  MISSING_FIELD,
  /** Valore non ammesso: an unknown enum value, a date that does not exist, a cent fraction. */
  INVALID_VALUE,
  /** Rifiutato dal modello: the object breaks a rule of the model, e.g. a period ending before it starts. */
  REJECTED_BY_MODEL,
  /** Versione del formato non supportata: a {@code schemaVersion} this library does not read. */
  UNSUPPORTED_SCHEMA_VERSION,
  /** Limite superato: the document is deeper, longer or larger than the reader allows. */
  LIMIT_EXCEEDED
}
