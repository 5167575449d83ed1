package it.pianodizona.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Posizione nel documento: lines and columns count from 1 and a pointer is empty or starts with
 * a slash; a read error carries at least one located error.
 */
class SourceLocationTest {

  @Test
  void aLocationIsALineAndAColumnFromOneAndAJsonPointer() {
    SourceLocation at = SourceLocation.builder().source("plan.json").line(12).column(5).pointer("/objectives/0/id").build();

    assertThat(at).hasToString("plan.json:12:5 /objectives/0/id");
    assertThat(SourceLocation.builder().line(1).column(1).pointer("").build()).hasToString("1:1");
  }

  @Test
  void aLineOrColumnBeforeTheFirstOrAPointerWithoutItsSlashIsRefused() {
    assertThatThrownBy(() -> SourceLocation.builder().line(0).column(1).pointer("").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("lines and columns start at 1, got 0:1");
    assertThatThrownBy(() -> SourceLocation.builder().line(1).column(0).pointer("").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("lines and columns start at 1, got 1:0");
    assertThatThrownBy(() -> SourceLocation.builder().line(1).column(1).pointer("objectives/0").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("not a JSON Pointer: 'objectives/0'");
  }

  @Test
  void aReadErrorWithoutAnyErrorIsRefused() {
    assertThatThrownBy(() -> new PlanReadException(List.of(), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a read error needs at least one error");
  }
}
