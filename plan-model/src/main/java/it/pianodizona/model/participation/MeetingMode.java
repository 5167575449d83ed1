package it.pianodizona.model.participation;

/** Modalità dell'incontro: in presence, online or both. */
public enum MeetingMode {
  IN_PERSON,
  ONLINE,
  HYBRID
}
