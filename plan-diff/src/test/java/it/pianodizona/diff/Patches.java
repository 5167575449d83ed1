package it.pianodizona.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.flipkart.zjsonpatch.JsonPatch;
import it.pianodizona.io.PlanJson;
import it.pianodizona.model.ZonePlan;

/** Applies a plan diff's JSON Patch with an independent RFC 6902 implementation (zjsonpatch). */
final class Patches {

  private Patches() {}

  /** The first plan, patched, as the canonical text of the plan the result reads as. */
  static String applyAndWrite(PlanDiff diff, ZonePlan before) throws Exception {
    JsonNode patch = Trees.mapper().readTree(diff.jsonPatch());
    JsonNode patched = JsonPatch.apply(patch, Trees.of(before));
    return PlanJson.write(PlanJson.read(Trees.mapper().writeValueAsString(patched)));
  }
}
