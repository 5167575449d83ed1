package it.pianodizona.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The mapping is laid out like the model: each codec sits in the codec class of its model
 * package, and the index {@link ModelCodecs#ALL} holds every codec those classes declare.
 */
class CodecLayoutTest {

  /** Model package (relative to {@code it.pianodizona.model}) to the class holding its codecs. */
  private static final Map<String, Class<?>> CODEC_CLASSES = Map.of(
      "", PlanCodecs.class,
      "agreement", AgreementCodecs.class,
      "budget", BudgetCodecs.class,
      "common", CommonCodecs.class,
      "governance", GovernanceCodecs.class,
      "leps", LepsCodecs.class,
      "objective", ObjectiveCodecs.class,
      "participation", ParticipationCodecs.class,
      "policy", PolicyCodecs.class,
      "territory", TerritoryCodecs.class);

  private static String modelPackage(Class<?> type) {
    String name = type.getPackageName();
    return name.equals("it.pianodizona.model") ? "" : name.substring("it.pianodizona.model.".length());
  }

  private static List<ObjectCodec<?, ?>> declaredCodecs(Class<?> holder) throws IllegalAccessException {
    List<ObjectCodec<?, ?>> codecs = new ArrayList<>();
    for (Field field : holder.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == ObjectCodec.class) {
        codecs.add((ObjectCodec<?, ?>) field.get(null));
      }
    }
    return codecs;
  }

  @Test
  void eachCodecSitsInTheClassOfItsModelPackage() throws IllegalAccessException {
    for (ObjectCodec<?, ?> codec : ModelCodecs.ALL) {
      Class<?> holder = CODEC_CLASSES.get(modelPackage(codec.type()));
      assertThat(holder).as("codec class for %s", codec.type()).isNotNull();
      assertThat(declaredCodecs(holder)).as(codec.name()).containsOnlyOnce(codec);
    }
  }

  @Test
  void theIndexHoldsEveryCodecTheClassesDeclare() throws IllegalAccessException {
    List<ObjectCodec<?, ?>> declared = new ArrayList<>();
    for (Class<?> holder : CODEC_CLASSES.values()) {
      declared.addAll(declaredCodecs(holder));
    }
    assertThat(ModelCodecs.ALL).containsExactlyInAnyOrderElementsOf(declared);
    assertThat(ModelCodecs.ZONE_PLAN).isSameAs(PlanCodecs.ZONE_PLAN);
  }
}
