package it.pianodizona.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test documents shipped in the test resources, and where the module's sources are. */
final class Fixtures {

  /** Set {@code -Dpdz.regenerate=true} to rewrite the schema and the golden files from the code. */
  static final boolean REGENERATE = Boolean.getBoolean("pdz.regenerate");

  /** The canonical JSON of the Crema 2015-2017 skeleton (plan-model's {@code CremaSkeleton}). */
  static final String CREMA_RESOURCE = "crema-2015-2017-skeleton.json";

  private Fixtures() {}

  static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file of this module's sources (tests run with the module directory as working directory). */
  static Path source(String relative) {
    return Path.of(relative);
  }

  static void regenerate(String relative, String content) {
    try {
      Files.writeString(source(relative), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The smallest plan the format allows, with facts of the Crema 2015-2017 plan (seed 002):
   * error tests edit it and know every line and column of it.
   */
  static final String MINIMAL = """
      {
        "schemaVersion": "1.0",
        "id": "crema-2015-2017",
        "title": "Piano di Zona 2015-2017",
        "district": {
          "id": "crema",
          "name": "Ambito Distrettuale di Crema",
          "region": "lombardia"
        },
        "period": {
          "start": "2015-05-01",
          "end": "2017-12-31"
        }
      }
      """;
}
