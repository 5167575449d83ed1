package it.pianodizona.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import it.pianodizona.model.agreement.ProgrammeAgreement;
import it.pianodizona.model.budget.Budget;
import it.pianodizona.model.common.LegalReference;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.model.common.SourceRef;
import it.pianodizona.model.common.Traceable;
import it.pianodizona.model.governance.Approval;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.leps.StaffPosition;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.model.objective.PreviousPlanOutcome;
import it.pianodizona.model.participation.Participation;
import it.pianodizona.model.participation.WorkTable;
import it.pianodizona.model.policy.PolicyFramework;
import it.pianodizona.model.territory.District;
import it.pianodizona.model.territory.Official;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.Party;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * Piano di Zona (Piano Sociale di Zona): the triennial plan of a territorial district
 * (L. 328/2000 art. 19), with its territory, participation process, policy framework,
 * objectives, budget, governance and programme agreement.
 *
 * <p>Build one with {@link #builder()}. Construction rejects only what cannot exist (a period
 * that ends before it starts, a date that does not exist, a share above 100%); everything that
 * is merely wrong — dangling references, duplicate ids, sums that do not add up — loads, so
 * that the validation rules can report it.
 */
@Value.Immutable
public interface ZonePlan extends Traceable {

  String id();

  /** The title, e.g. "Piano di Zona 2015-2017". */
  String title();

  District district();

  /** Triennio: the period the plan covers. */
  PlanPeriod period();

  @Value.Default
  default PlanStatus status() {
    return PlanStatus.DRAFT;
  }

  Optional<PlanReference> predecessor();

  /** The regional and national framework the plan follows: laws, DGR, regional plans. */
  ImmutableList<LegalReference> frameworkReferences();

  ImmutableList<AnnualOperatingPlan> annualOperatingPlans();

  /** Every organisation the plan mentions other than the member municipalities. */
  ImmutableList<Organisation> organisations();

  @Value.Default
  default Participation participation() {
    return Participation.empty();
  }

  @Value.Default
  default PolicyFramework policyFramework() {
    return PolicyFramework.empty();
  }

  /** Counts the documents declare, to be checked against what is listed. */
  ImmutableList<DeclaredCount> declaredCounts();

  ImmutableList<Objective> objectives();

  @Value.Default
  default Budget budget() {
    return Budget.empty();
  }

  ImmutableList<GovernanceBody> governanceBodies();

  Optional<ProgrammeAgreement> agreement();

  /** Dotazione del servizio sociale professionale dell'ambito: its staff, for the LEPS. */
  ImmutableList<StaffPosition> socialServiceStaff();

  /** Esiti del piano precedente. */
  ImmutableList<PreviousPlanOutcome> previousPlanOutcomes();

  /**
   * Iter di approvazione: the acts that approved the plan, in the order they were taken; empty
   * where the sources do not tell (schema 1.1).
   */
  ImmutableList<Approval> approvals();

  /** Tipo di fonte: what the plan was encoded from; absent where not stated (schema 1.1). */
  Optional<SourceKind> sourceKind();

  /**
   * Referenti istituzionali e contatti: the mayors, councillors, heads of office and contacts
   * the sources name, each as a role of a party (schema 1.1).
   */
  ImmutableList<Official> officials();

  @Override
  Optional<String> notes();

  @Override
  ImmutableList<SourceRef> sources();

  static ImmutableZonePlan.Builder builder() {
    return ImmutableZonePlan.builder();
  }

  /**
   * Municipalities and organisations by id. Where an id is used twice the first one wins; the
   * integrity rules report the duplicate.
   */
  @Value.Lazy
  default ImmutableMap<String, Party> partiesById() {
    Map<String, Party> parties = new LinkedHashMap<>();
    district().municipalities().forEach(m -> parties.putIfAbsent(m.id(), m));
    organisations().forEach(o -> parties.putIfAbsent(o.id(), o));
    return ImmutableMap.copyOf(parties);
  }

  @Value.Lazy
  default ImmutableMap<String, Objective> objectivesById() {
    return firstById(objectives(), Objective::id);
  }

  @Value.Lazy
  default ImmutableMap<String, WorkTable> workTablesById() {
    return firstById(participation().workTables(), WorkTable::id);
  }

  @Value.Lazy
  default ImmutableMap<String, GovernanceBody> governanceBodiesById() {
    return firstById(governanceBodies(), GovernanceBody::id);
  }

  default Optional<Party> party(String id) {
    return Optional.ofNullable(partiesById().get(id));
  }

  private static <T> ImmutableMap<String, T> firstById(
      Iterable<T> items, Function<T, String> id) {
    Map<String, T> byId = new LinkedHashMap<>();
    items.forEach(item -> byId.putIfAbsent(id.apply(item), item));
    return ImmutableMap.copyOf(byId);
  }
}
