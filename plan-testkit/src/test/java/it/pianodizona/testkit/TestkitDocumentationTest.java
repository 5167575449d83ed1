package it.pianodizona.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.testkit.mutators.Mutators;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** docs/TESTKIT.md lists every mutator with the defect it introduces. */
class TestkitDocumentationTest {

  @Test
  void everyMutatorHasItsRowInTheDocument() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "TESTKIT.md"), StandardCharsets.UTF_8);

    assertThat(Mutators.all()).allSatisfy(m -> assertThat(doc)
        .contains("| `" + m.ruleId() + "` | " + m.rule().family().toString().toLowerCase(Locale.ROOT) + " | "
            + m.rule().severity().toString().toLowerCase(Locale.ROOT) + " | " + m.defect(Locale.ENGLISH) + " |"));
  }
}
