package it.pianodizona.rules;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.rules.spi.PlanFields;
import it.pianodizona.rules.spi.Pointer;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The field names rules point at are the names the JSON format writes. */
class PlanFieldsTest {

  @Test
  void everyFieldNameIsAPropertyOfTheSchema() throws IllegalAccessException {
    for (Field constant : PlanFields.class.getFields()) {
      assertThat(Modifier.isStatic(constant.getModifiers())).isTrue();
      assertThat(FindingPointersResolveTest.SCHEMA_FIELDS).as(constant.getName())
          .contains((String) constant.get(null));
    }
    assertThat(Arrays.asList(PlanFields.class.getFields())).hasSizeGreaterThan(50);
  }

  @Test
  void aPointerIsWrittenAsRfc6901Says() {
    assertThat(Pointer.root()).hasToString("");
    assertThat(Pointer.root().item(PlanFields.OBJECTIVES, 6).item(PlanFields.INDICATORS, 0).field(PlanFields.TARGET))
        .hasToString("/objectives/6/indicators/0/target");
    assertThat(Pointer.root().field("a/b~c")).hasToString("/a~1b~0c");
    assertThat(Pointer.root().field(PlanFields.BUDGET)).isEqualTo(Pointer.root().field("budget"));
  }
}
