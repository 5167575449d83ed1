package it.pianodizona.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Il corpus ostile: the files of {@code src/test/resources/bad/} and what reading each must
 * give, from the two manifests beside them ({@code errors.tsv}, {@code readable.tsv}; see the
 * README there).
 */
final class HostileCorpus {

  private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

  private HostileCorpus() {}

  /** A file that must not be read, with the located error it must end in. */
  record Unreadable(String file, ReadErrorKind kind, int line, int column, String pointer, String message) {
    @Override
    public String toString() {
      return file;
    }
  }

  /** A file that is read, whose dangling reference or repeated id a rule reports at a path. */
  record Readable(String file, String rule, String path) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Path directory() {
    try {
      return Path.of(HostileCorpus.class.getResource("/bad/errors.tsv").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path file(String name) {
    return directory().resolve(name);
  }

  static List<Unreadable> unreadable() {
    return rows("errors.tsv").map(c -> new Unreadable(c[0], ReadErrorKind.valueOf(c[1]), Integer.parseInt(c[2]),
        Integer.parseInt(c[3]), unescape(c[4]), c[5])).collect(Collectors.toList());
  }

  static List<Readable> readable() {
    return rows("readable.tsv").map(c -> new Readable(c[0], c[1], c[2])).collect(Collectors.toList());
  }

  /** Every {@code .json} file of the corpus, sorted by name. */
  static List<String> files() {
    try (Stream<Path> files = Files.list(directory())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Tab-separated columns, after the header; a missing last column is empty. */
  private static Stream<String[]> rows(String manifest) {
    try {
      List<String> lines = Files.readAllLines(directory().resolve(manifest), StandardCharsets.UTF_8);
      int columns = lines.get(0).split("\t", -1).length;
      return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> {
        String[] cells = line.split("\t", -1);
        if (cells.length != columns) {
          throw new IllegalStateException(manifest + ": " + columns + " columns expected in: " + line);
        }
        return cells;
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Pointers hold control characters of the document as {@code \}{@code uXXXX}. */
  private static String unescape(String text) {
    Matcher m = UNICODE_ESCAPE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
    return m.appendTail(out).toString();
  }
}
