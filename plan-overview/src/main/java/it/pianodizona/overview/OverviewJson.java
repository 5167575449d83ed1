package it.pianodizona.overview;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.territory.Region;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Quadro d'insieme in JSON: the rows, the regional and national summaries and the rule by
 * region matrix. An unknown figure is {@code null}, never zero; amounts are plain decimals in
 * euros; enumerations are written as the plan schema writes them (lower case).
 */
public final class OverviewJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();
  /** Since Jackson 2.15 a factory keeps a decimal's scale as given: 1500.00 stays 1500.00. */
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private OverviewJson() {}

  /** The overview as a JSON document; read errors in the language of {@code locale}. */
  public static String write(Overview overview, Locale locale) {
    ObjectNode root = NODES.objectNode();
    root.put("asOf", overview.asOf().toString());
    ArrayNode rows = root.putArray("rows");
    overview.rows().forEach(r -> rows.add(row(r, locale)));
    root.set("national", summary(overview.national()));
    ObjectNode regions = root.putObject("regions");
    overview.regions().forEach((region, s) -> regions.set(code(region), summary(s)));
    ObjectNode matrix = root.putObject("findingsByRuleAndRegion");
    overview.findingsByRuleAndRegion().rowMap().forEach((rule, byRegion) -> {
      ObjectNode cells = matrix.putObject(rule);
      byRegion.forEach((region, n) -> cells.put(code(region), n));
    });
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values is always writable", e);
    }
  }

  static String code(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static ObjectNode row(PlanRow r, Locale locale) {
    ObjectNode o = NODES.objectNode();
    o.put("source", r.source());
    r.failure().ifPresent(f -> {
      ObjectNode error = o.putObject("readError");
      error.put("location", f.location());
      error.put("message", f.message(locale));
    });
    if (!r.isReadable()) {
      return o;
    }
    o.put("planId", r.planId().orElse(null));
    o.put("title", r.title().orElse(null));
    o.put("region", r.region().map(OverviewJson::code).orElse(null));
    o.put("district", r.districtName().orElse(null));
    r.period().ifPresent(p -> o.putObject("period").put("start", p.start().toString()).put("end", p.end().toString()));
    o.put("status", r.status().map(OverviewJson::code).orElse(null));
    o.put("municipalitiesDeclared", r.municipalitiesDeclared().orElse(null));
    o.put("municipalitiesListed", r.municipalitiesListed());
    o.put("population", r.population().orElse(null));
    o.put("populationBasis", r.populationBasis().map(OverviewJson::code).orElse(null));
    ObjectNode years = o.putObject("budgetByYear");
    r.budgetByYear().forEach((y, m) -> years.put(y.toString(), m.amount()));
    r.budgetYearsUnknown().forEach(y -> years.putNull(y.toString()));
    o.put("budgetTotal", amount(r.budgetTotal()));
    o.put("budgetPerYear", amount(r.budgetPerYear()));
    o.put("budgetPerInhabitant", amount(r.budgetPerInhabitant()));
    o.put("objectives", r.objectives());
    o.put("indicators", r.indicators());
    ArrayNode named = o.putArray("policyAreasNamed");
    r.policyAreasNamed().forEach(named::add);
    counts(o.putObject("objectivesByPolicyArea"), r.objectivesByPolicyArea());
    counts(o.putObject("indicatorsByPolicyArea"), r.indicatorsByPolicyArea());
    counts(o.putObject("objectivesByTargetGroup"), r.objectivesByTargetGroup());
    counts(o.putObject("indicatorsByTargetGroup"), r.indicatorsByTargetGroup());
    o.put("governanceBodies", r.governanceBodies());
    o.put("agreement", code(r.agreementState()));
    o.put("signatureDate", r.signatureDate().map(Object::toString).orElse(null));
    ObjectNode severities = o.putObject("findingsBySeverity");
    r.findingsBySeverity().forEach((s, n) -> severities.put(code(s), n));
    counts(o.putObject("findingsByRule"), r.findingsByRule());
    return o;
  }

  private static ObjectNode summary(RegionSummary s) {
    ObjectNode o = NODES.objectNode();
    o.put("region", s.region().map(OverviewJson::code).orElse(null));
    o.put("files", s.files());
    o.put("plans", s.plans());
    o.put("municipalitiesListed", s.municipalitiesListed());
    o.set("population", stat(s.population()));
    o.set("budgetPerYear", stat(s.budgetPerYear()));
    o.set("budgetPerInhabitant", stat(s.budgetPerInhabitant()));
    o.set("objectives", stat(s.objectives()));
    o.set("indicators", stat(s.indicators()));
    ObjectNode severities = o.putObject("findingsBySeverity");
    s.findingsBySeverity().forEach((sev, n) -> severities.put(code(sev), n));
    counts(o.putObject("findingsByRule"), s.findingsByRule());
    ObjectNode agreements = o.putObject("agreements");
    s.agreements().forEach((state, n) -> agreements.put(code(state), n));
    counts(o.putObject("policyAreasNamed"), s.policyAreasNamed());
    counts(o.putObject("policyAreaCoverage"), s.policyAreaCoverage());
    return o;
  }

  private static ObjectNode stat(Stat s) {
    ObjectNode o = NODES.objectNode();
    o.put("count", s.count());
    o.put("sum", s.sum().orElse(null));
    o.put("min", s.min().orElse(null));
    o.put("q1", s.firstQuartile().orElse(null));
    o.put("median", s.median().orElse(null));
    o.put("q3", s.thirdQuartile().orElse(null));
    o.put("max", s.max().orElse(null));
    return o;
  }

  private static void counts(ObjectNode node, Map<String, Integer> counts) {
    counts.forEach(node::put);
  }

  private static BigDecimal amount(Optional<Money> money) {
    return money.map(Money::amount).orElse(null);
  }

  static String code(Region region) {
    return region.name().toLowerCase(Locale.ROOT);
  }
}
