package it.pianodizona.io;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.testkit.plans.PlanArbitraries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@code read(write(p))} is {@code p}, and writing is byte-stable, for every kind of plan. */
class RoundTripTest {

  @Property
  void everyAttributeSurvivesTheRoundTrip(@ForAll("anyPlans") ZonePlan plan) {
    String json = PlanJson.write(plan);
    ZonePlan back = PlanJson.read(json);
    assertThat(back).isEqualTo(plan);
    assertThat(PlanJson.write(back)).isEqualTo(json);
  }

  @Property
  void realisticPlansSurviveTheRoundTrip(@ForAll("realisticPlans") ZonePlan plan) {
    String json = PlanJson.write(plan);
    assertThat(PlanJson.read(json)).isEqualTo(plan);
    assertThat(PlanJson.write(PlanJson.read(json))).isEqualTo(json);
  }

  @Property
  void bytesAndTextAreTheSameDocument(@ForAll("anyPlans") ZonePlan plan) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PlanJson.write(plan, bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(PlanJson.write(plan));
    assertThat(PlanJson.read(bytes.toByteArray(), "plan.json")).isEqualTo(plan);
  }

  @Provide
  Arbitrary<ZonePlan> anyPlans() {
    return AnyPlans.plans();
  }

  @Provide
  Arbitrary<ZonePlan> realisticPlans() {
    return PlanArbitraries.plansUpTo(12);
  }
}
