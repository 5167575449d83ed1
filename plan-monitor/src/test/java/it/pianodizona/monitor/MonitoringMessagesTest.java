package it.pianodizona.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.model.monitoring.ActionProgress;
import it.pianodizona.model.objective.TargetKind;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every word the report needs is in the Italian and the English bundle, with the same keys. */
class MonitoringMessagesTest {

  private static Stream<String> keys() {
    return Stream.of(
        Stream.of(Attainment.values()).map(a -> "enum.Attainment." + a.name()),
        Stream.of(ActionProgress.values()).map(a -> "enum.ActionProgress." + a.name()),
        Stream.of(ValueOrigin.values()).map(a -> "enum.ValueOrigin." + a.name()),
        Stream.of(AttainmentBasis.values()).map(a -> "basis." + a.name()),
        Stream.of(MonitoringFindingKind.values()).map(a -> "finding." + a.name()),
        Stream.of(TargetKind.values()).map(a -> "target." + a.name())).flatMap(s -> s);
  }

  @Test
  void bothLanguagesHaveEveryKeyAndNoOther() {
    ResourceBundle it = ResourceBundle.getBundle("it.pianodizona.monitor.messages", Locale.ITALIAN);
    ResourceBundle en = ResourceBundle.getBundle("it.pianodizona.monitor.messages", Locale.ENGLISH);
    keys().forEach(key -> {
      assertThat(it.containsKey(key)).as("it " + key).isTrue();
      assertThat(en.containsKey(key)).as("en " + key).isTrue();
    });
    assertThat(Set.copyOf(it.keySet())).isEqualTo(Set.copyOf(en.keySet()));
  }

  @Test
  void anyOtherLanguageGetsEnglish() {
    assertThat(MonitoringMessages.of(Locale.GERMAN).locale()).isEqualTo(Locale.ENGLISH);
    assertThat(MonitoringMessages.of(Locale.ITALY).label(Attainment.PARTLY_MET)).isEqualTo("parzialmente raggiunto");
  }
}
