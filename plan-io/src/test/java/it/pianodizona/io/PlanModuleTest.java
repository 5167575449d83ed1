package it.pianodizona.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.common.Percentage;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.testkit.plans.CremaSkeleton;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An integrator's own ObjectMapper, with PlanModule, reads and writes the same form as PlanJson. */
class PlanModuleTest {

  private final ObjectMapper mapper = new ObjectMapper().registerModule(new PlanModule());

  /** An integrator's document that carries a plan and a few model values. */
  public static final class Envelope {
    public String sender;
    public ZonePlan plan;
    public Money amount;
    public PartialDate due;
  }

  @Test
  void aMapperWithTheModuleReadsAndWritesPlansAsPlanJsonDoes() throws Exception {
    ZonePlan crema = CremaSkeleton.plan();
    String canonical = PlanJson.write(crema);

    assertThat(mapper.readValue(canonical, ZonePlan.class)).isEqualTo(crema);
    String compact = mapper.writeValueAsString(crema);
    assertThat(PlanJson.read(compact)).isEqualTo(crema);
    // Same fields, same order, same numbers: only the layout is the mapper's own.
    assertThat(mapper.readTree(compact)).isEqualTo(mapper.readTree(canonical));
    assertThat(mapper.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(crema)).contains("\"amount\" : 15000.00");
  }

  @Test
  void modelValuesInsideAnIntegratorsDocumentKeepTheirForm() throws Exception {
    Envelope envelope = new Envelope();
    envelope.sender = "Comunità Sociale Cremasca";
    envelope.plan = CremaSkeleton.plan();
    envelope.amount = Money.of("304070.87");
    envelope.due = PartialDate.parse("2015-06");

    String json = mapper.writeValueAsString(envelope);

    assertThat(json).contains("\"amount\":304070.87").contains("\"due\":\"2015-06\"").contains("\"schemaVersion\":\"1.1\"");
    Envelope back = mapper.readValue(json, Envelope.class);
    assertThat(back.plan).isEqualTo(envelope.plan);
    assertThat(back.amount).isEqualTo(envelope.amount);
    assertThat(back.due).isEqualTo(envelope.due);

    Objective objective = mapper.readValue(mapper.writeValueAsString(crema().objectives().get(6)), Objective.class);
    assertThat(objective).isEqualTo(crema().objectives().get(6));
  }

  @Test
  void errorsAreJacksonExceptionsCarryingOurLocatedOne() throws Exception {
    String json = "{\"sender\": \"x\", \"plan\": "
        + Fixtures.MINIMAL.replace("2017-12-31", "2017-02-30") + "}";
    JsonMappingException error = catchThrowableOfType(JsonMappingException.class,
        () -> mapper.readValue(json, Envelope.class));
    assertThat(error).isNotNull();
    PlanReadException cause = findCause(error);
    assertThat(cause.location().pointer()).isEqualTo("/plan/period/end");
    assertThat(cause.kind()).isEqualTo(ReadErrorKind.INVALID_VALUE);
    assertThat(cause.location().line()).isEqualTo(12);
  }

  @Test
  void unknownFieldsFollowTheMappersSetting() throws Exception {
    String json = Fixtures.MINIMAL.replace("\"region\"", "\"colour\": \"blue\", \"region\"");
    JsonMappingException strict = catchThrowableOfType(JsonMappingException.class,
        () -> mapper.readValue(json, ZonePlan.class));
    assertThat(findCause(strict).kind()).isEqualTo(ReadErrorKind.UNKNOWN_FIELD);
    ObjectMapper tolerant = new ObjectMapper().registerModule(new PlanModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThat(tolerant.readValue(json, ZonePlan.class)).isEqualTo(PlanJson.read(Fixtures.MINIMAL));
  }

  @Test
  void listsOfPlansWork() throws Exception {
    List<ZonePlan> plans = List.of(CremaSkeleton.plan(), PlanJson.read(Fixtures.MINIMAL));
    String json = mapper.writeValueAsString(plans);
    List<ZonePlan> back = mapper.readValue(json, new TypeReference<List<ZonePlan>>() {});
    assertThat(back).isEqualTo(plans);
  }

  @Test
  void theModuleKnowsTheVersionItWasBuiltAs() {
    Version version = new PlanModule().version();
    assertThat(version.isUnknownVersion()).isFalse();
    assertThat(version.getGroupId()).isEqualTo("it.pianodizona");
    assertThat(version.getArtifactId()).isEqualTo("plan-io");
    assertThat(version.toString()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void theModuleIsNamedByItsClassAndReadsItsVersionFromTheBuild() {
    PlanModule module = new PlanModule();
    assertThat(module.getModuleName()).isEqualTo("it.pianodizona.io.PlanModule");
    assertThat(mapper.getRegisteredModuleIds()).contains(module.getTypeId());
    assertThat(PlanModule.buildVersion()).isEqualTo(module.version());
    assertThat(PlanModule.buildVersion().isUnknownVersion()).isFalse();
    assertThat(PlanModule.buildVersion().getArtifactId()).isEqualTo("plan-io");
  }

  @Test
  void aPercentageKeepsItsFormThroughTheModule() throws Exception {
    // Illustrative value: a municipality's share of a fund, in percent.
    Percentage share = Percentage.of("12.50");
    String json = mapper.writeValueAsString(share);

    assertThat(json).isEqualTo("12.50");
    assertThat(mapper.readValue(json, Percentage.class)).isEqualTo(share);
    assertThat(mapper.readValue("[12.5, 100]", new TypeReference<List<Percentage>>() {}))
        .containsExactly(Percentage.of("12.5"), Percentage.of("100"));
  }

  private static ZonePlan crema() {
    return CremaSkeleton.plan();
  }

  private static PlanReadException findCause(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof PlanReadException) {
        return (PlanReadException) t;
      }
    }
    throw new AssertionError("no PlanReadException in " + error);
  }
}
