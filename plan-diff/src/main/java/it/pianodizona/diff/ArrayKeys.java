package it.pianodizona.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Identità degli elementi: what makes two elements of one array of the plan "the same element"
 * across versions, so that an edited element is a change, not a removal and an insertion.
 *
 * <ul>
 *   <li>elements with an {@code id} (objectives, actions, indicators, bodies, meetings…): the id;
 *   <li>elements without one but with a natural key (budget lines, adherents, signatories,
 *       members, declared totals by year…): the fields of that key, listed below;
 *   <li>lists of ids and of enum values ({@code policyAreaIds}, {@code powers}…): the value;
 *   <li>everything else (sources, legal references, free-text lists such as {@code tools}):
 *       position, aligned by a longest common subsequence, so that an inserted element is an
 *       addition and a reworded one a change in place.
 * </ul>
 *
 * <p>A key that is not unique on either side (a plan with a duplicate id, which the
 * DUPLICATE_ID rule reports) falls back to position, so the diff stays exact.
 */
final class ArrayKeys {

  /** Arrays keyed by fields, by their path without indexes. */
  private static final ImmutableMap<String, ImmutableList<String>> NATURAL_KEYS =
      ImmutableMap.<String, ImmutableList<String>>builder()
          .put("/agreement/adherents", ImmutableList.of("partyId"))
          .put("/agreement/signatories", ImmutableList.of("partyId"))
          .put("/budget/lines", ImmutableList.of("objectiveId", "year", "fundingSource", "label"))
          .put("/budget/actuals/lines", ImmutableList.of("item", "category", "year"))
          .put("/budget/declaredTotals", ImmutableList.of("year"))
          .put("/budget/actuals/declaredTotals", ImmutableList.of("year"))
          .put("/budget/districtSocialSpending", ImmutableList.of("year"))
          .put("/budget/declaredShares", ImmutableList.of("year", "kind"))
          .put("/annualOperatingPlans", ImmutableList.of("year"))
          .put("/declaredCounts", ImmutableList.of("subject"))
          .put("/governanceBodies/members", ImmutableList.of("partyId", "seatRuleId", "role"))
          .put("/objectives/referents", ImmutableList.of("partyId", "label", "role"))
          .put("/objectives/indicators/measurements", ImmutableList.of("date"))
          .build();

  private static final Set<String> VALUE_KEYED = Set.of("powers", "eligibleApplicantKinds");

  private ArrayKeys() {}

  /** How one array is keyed. */
  enum Kind { ID, FIELDS, VALUE, POSITION }

  /** The keying of the array at {@code shape} (its path without indexes) named {@code field}. */
  static Kind kindOf(String shape, String field, JsonNode... sides) {
    if (NATURAL_KEYS.containsKey(shape)) {
      return allObjects(sides) ? Kind.FIELDS : Kind.POSITION;
    }
    if (field.endsWith("Ids") || VALUE_KEYED.contains(field)) {
      return allScalars(sides) ? Kind.VALUE : Kind.POSITION;
    }
    return allHaveIds(sides) ? Kind.ID : Kind.POSITION;
  }

  /** The key of one element, for a non-positional kind. */
  static String key(Kind kind, String shape, JsonNode element) {
    switch (kind) {
      case ID:
        return element.get("id").textValue();
      case VALUE:
        return element.isTextual() ? element.textValue() : element.toString();
      case FIELDS:
        StringBuilder key = new StringBuilder();
        for (String field : NATURAL_KEYS.get(shape)) {
          JsonNode value = element.get(field);
          // The unit separator cannot occur in a canonical plan's field values' JSON text.
          key.append(value == null ? "" : value.isTextual() ? value.textValue() : value.toString()).append('\u001f');
        }
        return key.toString();
      default:
        throw new IllegalArgumentException(kind.name());
    }
  }

  /** Whether every key is distinct on this side. */
  static boolean unique(Kind kind, String shape, JsonNode array) {
    if (array.size() <= 1) {
      return true;
    }
    Set<String> seen = new HashSet<>(array.size() * 2);
    for (JsonNode element : array) {
      if (!seen.add(key(kind, shape, element))) {
        return false;
      }
    }
    return true;
  }

  /** The natural key fields of an array, if it has some. */
  static Optional<ImmutableList<String>> naturalKey(String shape) {
    return Optional.ofNullable(NATURAL_KEYS.get(shape));
  }

  private static boolean allObjects(JsonNode... sides) {
    for (JsonNode side : sides) {
      for (JsonNode element : side) {
        if (!element.isObject()) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean allScalars(JsonNode... sides) {
    for (JsonNode side : sides) {
      for (JsonNode element : side) {
        if (element.isContainerNode()) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean allHaveIds(JsonNode... sides) {
    boolean any = false;
    for (JsonNode side : sides) {
      for (JsonNode element : side) {
        JsonNode id = element.get("id");
        if (!element.isObject() || id == null || !id.isTextual()) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }
}
