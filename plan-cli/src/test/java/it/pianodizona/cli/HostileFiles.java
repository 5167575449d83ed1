package it.pianodizona.cli;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The hostile corpus of plan-io ({@code plan-io/src/test/resources/bad/}, described in its
 * README) as pdz meets it: each file with the one line pdz must print for it, and the files
 * too large for the repository, made on demand.
 */
final class HostileFiles {

  /** The corpus, from this module's directory (where tests run). */
  static final Path CORPUS = Path.of("../plan-io/src/test/resources/bad");

  private HostileFiles() {}

  /**
   * A corpus file and what pdz says of it: for a file that cannot be read, the location and
   * English message of its error; for a readable one, the rule it breaks (maybe none).
   */
  record Entry(String file, boolean readable, String location, String message, String rule) {
    Path path() {
      return CORPUS.resolve(file);
    }

    @Override
    public String toString() {
      return file;
    }
  }

  static List<Entry> unreadable() {
    return rows("errors.tsv").stream().map(c -> {
      String pointer = c[4].isEmpty() ? "" : " " + c[4];
      return new Entry(c[0], false, c[2] + ":" + c[3] + pointer, c[5], "");
    }).collect(Collectors.toList());
  }

  static List<Entry> readable() {
    return rows("readable.tsv").stream().map(c -> new Entry(c[0], true, "", "", c[1])).collect(Collectors.toList());
  }

  private static List<String[]> rows(String manifest) {
    try {
      return Files.readAllLines(CORPUS.resolve(manifest), StandardCharsets.UTF_8).stream().skip(1)
          .filter(line -> !line.isBlank()).map(line -> line.split("\t", -1)).collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("the hostile corpus of plan-io is read from " + CORPUS.toAbsolutePath(), e);
    }
  }

  /** A sparse file of {@code size} NUL bytes: as large as wanted, at no cost of disk. */
  static Path sparse(Path dir, String name, long size) throws IOException {
    Path file = dir.resolve(name);
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.setLength(size);
    }
    return file;
  }

  /**
   * A plan with one objective whose tools are {@code count} one-letter strings: the most heap
   * per byte of JSON a plan can take (each four bytes become a String of some fifty).
   */
  static Path oneLetterTools(Path dir, String name, int count) throws IOException {
    StringBuilder json = new StringBuilder(count * 4 + 400).append("""
        {"schemaVersion": "1.0", "id": "crema-2015-2017", "title": "Piano di Zona 2015-2017",
         "district": {"id": "crema", "name": "Ambito Distrettuale di Crema", "region": "lombardia"},
         "period": {"start": "2015-05-01", "end": "2017-12-31"},
         "objectives": [{"id": "obj-1", "code": "1", "title": "Osservatorio", "tools": [""");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "\"a\"" : ",\"a\"");
    }
    json.append("]}]}\n");
    Path file = dir.resolve(name);
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  /** {@code size} spaces: within the library's limit, nothing but an empty document. */
  static Path spaces(Path dir, String name, int size) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, " ".repeat(size).getBytes(StandardCharsets.US_ASCII));
    return file;
  }
}
