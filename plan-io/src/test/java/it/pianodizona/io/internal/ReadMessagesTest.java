package it.pianodizona.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.pianodizona.io.ReadErrorKind;
import it.pianodizona.io.internal.ReadContext.Expected;
import it.pianodizona.io.internal.ReadMessages.Message;
import it.pianodizona.io.internal.ReadMessages.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The read errors' bundles: both languages complete, every kind of error with its text. */
class ReadMessagesTest {

  private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");

  private static Properties bundle(String language) throws IOException {
    String name = "/" + ReadMessages.BUNDLE.replace('.', '/') + "_" + language + ".properties";
    try (InputStream in = ReadMessagesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    }
  }

  private static Set<String> keys(Properties bundle) {
    return new TreeSet<>(bundle.stringPropertyNames());
  }

  private static Set<String> parameters(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = PARAMETER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void bothBundlesHaveTheSameKeys() throws IOException {
    assertThat(keys(bundle("it"))).isNotEmpty().isEqualTo(keys(bundle("en")));
  }

  @Test
  void everyReadErrorKindHasAMessage() throws IOException {
    Set<String> keys = keys(bundle("en"));
    for (ReadErrorKind kind : ReadErrorKind.values()) {
      assertThat(keys).as(kind.name())
          .anyMatch(key -> key.equals(kind.name()) || key.startsWith(kind.name() + "."));
    }
  }

  @Test
  void everyKeyBelongsToAKindOfErrorOrIsAPartOfAMessage() throws IOException {
    Set<String> prefixes = Arrays.stream(ReadErrorKind.values()).map(Enum::name).collect(Collectors.toSet());
    prefixes.addAll(Set.of("expected", "found", "value", "document"));
    for (String key : keys(bundle("en"))) {
      assertThat(prefixes).as(key).contains(key.split("\\.", 2)[0]);
    }
  }

  @Test
  void eachMessageHasTheSameParametersInBothLanguages() throws IOException {
    Properties italian = bundle("it");
    Properties english = bundle("en");
    for (String key : keys(english)) {
      assertThat(parameters(italian.getProperty(key))).as(key).isEqualTo(parameters(english.getProperty(key)));
    }
  }

  @Test
  void everyExpectedTypeHasItsText() throws IOException {
    Set<String> keys = keys(bundle("it"));
    for (Expected expected : Expected.values()) {
      assertThat(keys).contains("expected." + expected.name());
    }
  }

  @Test
  void parametersAreFilledInEachLanguageAndPartsAreTranslated() {
    Message message = ReadMessages.of("WRONG_TYPE", "expected", new Part("expected.STRING"),
        "found", new Part("found.VALUE_NULL"));
    assertThat(message.italian()).isEqualTo("atteso una stringa, trovato null (ometti il campo invece)");
    assertThat(message.english()).isEqualTo("expected a string, found null (leave the field out instead)");
    assertThat(ReadMessages.of("LIMIT_EXCEEDED.document", "limit", 1048576).english())
        .isEqualTo("document longer than the limit of 1048576 bytes");
  }

  @Test
  void aValueIsNotReadAsAParameter() {
    Message message = ReadMessages.of("MALFORMED_JSON", "detail", "{detail} $1 \\");
    assertThat(message.english()).isEqualTo("malformed JSON: {detail} $1 \\");
  }

  @Test
  void aParameterNotGivenStaysAsWritten() {
    Message message = ReadMessages.of("WRONG_TYPE", "expected", new Part("expected.STRING"));
    assertThat(message.english()).isEqualTo("expected a string, found {found}");
  }

  @Test
  void anUnknownKeyIsABug() {
    assertThatThrownBy(() -> ReadMessages.of("NO_SUCH_KEY")).isInstanceOf(MissingResourceException.class);
  }
}
