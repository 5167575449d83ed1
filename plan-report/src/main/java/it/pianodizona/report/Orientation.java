package it.pianodizona.report;

/** Orientamento delle barre: vertical bars suit years; horizontal bars suit long category names. */
public enum Orientation {
  /** Categories along the bottom, bars growing upwards. */
  VERTICAL,
  /** Categories down the left, bars growing rightwards. */
  HORIZONTAL
}
