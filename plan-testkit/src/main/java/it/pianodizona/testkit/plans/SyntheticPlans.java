package it.pianodizona.testkit.plans;

import static com.google.common.base.Preconditions.checkArgument;

import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.ImmutableProgrammeAgreement;
import it.pianodizona.model.objective.ImmutableObjective;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.model.policy.ImmutablePolicyArea;
import it.pianodizona.model.policy.ImmutablePolicyFramework;
import it.pianodizona.model.policy.PolicyArea;
import it.pianodizona.model.policy.PolicyFramework;
import it.pianodizona.model.territory.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Insieme nazionale sintetico: numbered, Crema-sized plans of {@link PlanGenerator} spread over
 * every region and autonomous province, for demonstrations and benchmarks of the overview
 * ({@code pdz generate}). Each plan is marked synthetic where no reader can miss it: its id
 * starts with {@value #ID_PREFIX}, its title with {@value #TITLE_PREFIX} and its notes say so
 * first, so that it can never pass for a real plan. The same seed and index always give the
 * same plan.
 */
public final class SyntheticPlans {

  /** The prefix of every synthetic plan's id. */
  public static final String ID_PREFIX = "synthetic-";

  /** The prefix of every synthetic plan's title. */
  public static final String TITLE_PREFIX = "[SINTETICO] ";

  private static final Region[] REGIONS = Region.values();

  /**
   * The six cross-cutting areas ("aree trasversali") of the Lombardy guidelines as the Oglio Po
   * district's Casalasco sub-district lists them (seed 000, avviso prot. n. 1013 del 2 settembre
   * 2021): real names, so that an overview of synthetic plans can compare areas across plans.
   */
  static final String[] POLICY_AREAS = {
    "Cura e salute (domiciliarità)",
    "Formazione e interventi connessi alle politiche per il lavoro",
    "Politiche abitative",
    "Inclusione/coesione sociale",
    "Digitalizzazione dei servizi",
    "Integrazione sociosanitaria"
  };

  private SyntheticPlans() {}

  /** The {@code index}-th plan (from 0) of the set of this seed. */
  public static ZonePlan plan(long seed, int index) {
    checkArgument(index >= 0, "an index from 0, got %s", index);
    // One independent generator per plan: a plan depends only on the seed and its index.
    long planSeed = new SplittableRandom(seed).split().nextLong() ^ (index * 0x9E3779B97F4A7C15L);
    Region region = REGIONS[index % REGIONS.length];
    ZonePlan generated = PlanGenerator.generate(planSeed, PlanShape.cremaSized(region));
    String id = ID_PREFIX + String.format("%04d-", index) + generated.id();
    String note = "Piano SINTETICO generato da pdz generate (seme " + seed + ", n. " + index
        + "): non è un piano reale e nessun suo dato descrive un ambito reale. Synthetic plan, not a real one.";
    ImmutableZonePlan.Builder marked = ImmutableZonePlan.builder().from(generated)
        .id(id)
        .title(TITLE_PREFIX + generated.title())
        .notes(note + generated.notes().map(n -> " " + n).orElse(""));
    SplittableRandom links = new SplittableRandom(planSeed ^ 0x5DEECE66DL);
    marked.policyFramework(namedAreas(generated.policyFramework(), links))
        .objectives(linkedObjectives(generated, links));
    generated.agreement().ifPresent(agreement ->
        marked.agreement(ImmutableProgrammeAgreement.copyOf(agreement).withAdoptsPlanId(id)));
    return marked.build();
  }

  /** The generator's 2 to 6 policy areas, under distinct real area names. */
  private static PolicyFramework namedAreas(PolicyFramework framework, SplittableRandom random) {
    int offset = random.nextInt(POLICY_AREAS.length);
    List<PolicyArea> areas = new ArrayList<>();
    List<PolicyArea> generated = framework.policyAreas();
    for (int i = 0; i < generated.size(); i++) {
      areas.add(ImmutablePolicyArea.copyOf(generated.get(i))
          .withName(POLICY_AREAS[(offset + i) % POLICY_AREAS.length]));
    }
    return ImmutablePolicyFramework.copyOf(framework).withPolicyAreas(areas);
  }

  /** Each objective in one of the plan's areas, drawn at random: some areas stay uncovered. */
  private static List<Objective> linkedObjectives(ZonePlan plan, SplittableRandom random) {
    List<PolicyArea> areas = plan.policyFramework().policyAreas();
    List<Objective> objectives = new ArrayList<>();
    for (Objective o : plan.objectives()) {
      if (areas.isEmpty() || !o.policyAreaIds().isEmpty()) {
        objectives.add(o);
      } else {
        // Draw among the first areas only, so that the last ones are often left uncovered.
        int choices = Math.max(1, areas.size() - 1);
        objectives.add(ImmutableObjective.copyOf(o).withPolicyAreaIds(areas.get(random.nextInt(choices)).id()));
      }
    }
    return objectives;
  }
}
