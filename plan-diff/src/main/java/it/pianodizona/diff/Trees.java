package it.pianodizona.diff;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import it.pianodizona.io.PlanModule;
import it.pianodizona.model.ZonePlan;

/**
 * Albero JSON del piano: a plan as the tree of its canonical JSON form, built through plan-io's
 * own mapping so that pointers, values and field names are exactly those of the file.
 */
final class Trees {

  /**
   * Numbers stay {@code BigDecimal} with their scale ({@code 29.0} stays {@code 29.0}), so that
   * a value put back by a patch reads as the same value. Configured once, never changed: safe to
   * share between threads.
   */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new PlanModule())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .build();

  private Trees() {}

  static JsonNode of(ZonePlan plan) {
    return MAPPER.valueToTree(plan);
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }
}
