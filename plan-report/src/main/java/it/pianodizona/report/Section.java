package it.pianodizona.report;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * Sezione: a numbered part of the report with a heading, its blocks and its subsections (headings
 * follow the nesting: h2, h3, h4).
 */
@Value.Immutable
public abstract class Section {

  /** The heading. */
  public abstract String heading();

  /** The blocks, in reading order. */
  public abstract ImmutableList<Block> blocks();

  /** Subsections, after the blocks. */
  public abstract ImmutableList<Section> subsections();

  /** A builder. */
  public static ImmutableSection.Builder builder() {
    return ImmutableSection.builder();
  }
}
