package it.pianodizona.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.testkit.monitoring.MonitoringArbitraries;
import it.pianodizona.testkit.monitoring.MonitoringArbitraries.Monitored;
import it.pianodizona.testkit.monitoring.MonitoringMutation;
import it.pianodizona.testkit.monitoring.MonitoringMutators;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * On generated plans with generated monitoring: a consistent document gives no finding and a
 * report that covers every indicator of every year; each mutator's defect gives exactly its
 * finding, at its pointer.
 */
class MonitoringPropertiesTest {

  @Provide
  Arbitrary<Monitored> monitored() {
    return MonitoringArbitraries.monitoredPlans();
  }

  @Provide
  Arbitrary<LocalDate> asOf() {
    return Arbitraries.integers().between(2014, 2026)
        .flatMap(y -> Arbitraries.integers().between(1, 365).map(d -> LocalDate.ofYearDay(y, d)));
  }

  @Property(tries = 100)
  void aConsistentDocumentHasNoFindingAndEveryYearIsReported(@ForAll("monitored") Monitored m,
      @ForAll("asOf") LocalDate asOf) {
    MonitoringReport report = MonitoringAssessor.of(MonitoringOptions.asOf(asOf)).assess(m.plan(), m.monitoring());
    assertThat(report.findings()).isEmpty();
    assertThat(report.years()).isEqualTo(m.plan().period().years());
    assertThat(report.summaries()).hasSameSizeAs(report.years());
    long objectives = m.plan().objectives().size();
    assertThat(report.objectives()).hasSize((int) (objectives * report.years().size()));
    for (YearSummary summary : report.summaries()) {
      long rows = report.indicators().stream().filter(r -> r.year().equals(summary.year())).count();
      assertThat(summary.met() + summary.partlyMet() + summary.notMet() + summary.noData() + summary.notYetDue()
          + summary.noTarget()).isEqualTo((int) rows);
    }
  }

  @Property(tries = 100)
  void nothingIsDueBeforeThePlanStarts(@ForAll("monitored") Monitored m) {
    LocalDate before = m.plan().period().start().minusDays(1);
    MonitoringReport report = MonitoringAssessor.of(MonitoringOptions.asOf(before)).assess(m.plan(), m.monitoring());
    assertThat(report.indicators()).noneMatch(r -> r.attainment().isShortfall());
    assertThat(report.everythingDueMet()).isTrue();
  }

  @Property(tries = 100)
  void aKnownExecutionRateIsActualOverPlanned(@ForAll("monitored") Monitored m) {
    MonitoringReport report = MonitoringAssessor.of(MonitoringOptions.asOf(LocalDate.of(2030, 1, 1)))
        .assess(m.plan(), m.monitoring());
    for (ObjectiveAssessment o : report.objectives()) {
      SpendingExecution s = o.spending();
      assertThat(s.executionPercent().isPresent())
          .isEqualTo(s.planned().isPresent() && s.actual().isPresent() && s.planned().get().amount().signum() != 0);
    }
  }

  @Property(tries = 300)
  void eachMutationGivesExactlyItsFindingAtItsPointer(@ForAll("monitored") Monitored m,
      @ForAll("kinds") String kind, @ForAll int pick) {
    Optional<MonitoringMutation> broken = MonitoringMutators.forKind(kind).apply(m.plan(), m.monitoring(), pick);
    Assume.that(broken.isPresent());
    MonitoringReport report = MonitoringAssessor.of(MonitoringOptions.asOf(LocalDate.of(2030, 1, 1)))
        .assess(m.plan(), broken.get().document());
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.kind().name()).isEqualTo(kind);
      assertThat(f.pointer()).isEqualTo(broken.get().pointer());
    });
    assertThat(report.everythingDueMet()).isFalse();
  }

  @Provide
  Arbitrary<String> kinds() {
    return Arbitraries.of(MonitoringMutators.kinds());
  }

  @Test
  void thereIsAMutatorForEveryKindOfFinding() {
    Set<String> kinds = Arrays.stream(MonitoringFindingKind.values()).map(Enum::name).collect(Collectors.toSet());
    assertThat(MonitoringMutators.kinds()).isEqualTo(kinds);
  }

  @Property(tries = 50)
  void aPlanWithoutMonitoringIsJudgedOnItsOwnMeasurements(@ForAll ZonePlan plan) {
    MonitoringReport report = MonitoringAssessor.of(MonitoringOptions.asOf(LocalDate.of(2030, 1, 1))).assess(plan);
    assertThat(report.findings()).isEmpty();
    assertThat(report.indicators()).allMatch(r -> r.origin().isEmpty() || r.origin().get() != ValueOrigin.MONITORING);
  }
}
