package it.pianodizona.rules.codelist;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/** Reads a codelist resource of this package (UTF-8 properties). */
final class Resources {

  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();

  private Resources() {}

  static Properties load(String name) {
    try (InputStream in = Resources.class.getResourceAsStream(name)) {
      checkState(in != null, "codelist resource %s is missing", name);
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read codelist resource " + name, e);
    }
  }

  /**
   * The constant of {@code type} named {@code name}, looked up in the type's own table of
   * constants (the project never resolves names from data with {@code valueOf}).
   */
  static <E extends Enum<E>> E constant(Class<E> type, String name) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw new IllegalStateException("codelist names no " + type.getSimpleName() + " " + name);
  }

  static Optional<String> text(Properties p, String key) {
    return Optional.ofNullable(p.getProperty(key)).map(String::strip).filter(v -> !v.isEmpty());
  }

  static String required(Properties p, String key) {
    return text(p, key).orElseThrow(() -> new IllegalStateException("codelist key " + key + " is missing"));
  }

  static ImmutableList<String> list(Properties p, String key) {
    return ImmutableList.copyOf(LIST.split(p.getProperty(key, "")));
  }
}
