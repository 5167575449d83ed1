package it.pianodizona.testkit.mutators;

import static it.pianodizona.rules.spi.PlanFields.AGREEMENT;
import static it.pianodizona.rules.spi.PlanFields.DISTRICT;
import static it.pianodizona.rules.spi.PlanFields.ISTAT_CODE;
import static it.pianodizona.rules.spi.PlanFields.MUNICIPALITIES;
import static it.pianodizona.rules.spi.PlanFields.PARTY_ID;
import static it.pianodizona.rules.spi.PlanFields.SIGNATORIES;
import static it.pianodizona.testkit.mutators.PlanEdits.append;
import static it.pianodizona.testkit.mutators.PlanEdits.choose;
import static it.pianodizona.testkit.mutators.PlanEdits.copy;
import static it.pianodizona.testkit.mutators.PlanEdits.indexesOf;
import static it.pianodizona.testkit.mutators.PlanEdits.replace;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.Signatory;
import it.pianodizona.model.territory.ImmutableMunicipality;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.model.territory.Region;
import it.pianodizona.registry.MunicipalityNames;
import it.pianodizona.registry.MunicipalityRegistry;
import it.pianodizona.rules.spi.Pointer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Mutatori del territorio: one mutator per rule of the territory family. Each puts a real
 * municipality of ISTAT's list where the defect needs one, chosen so that no other territory
 * rule fires: a code of the same region for a wrong name, a name and code of another region
 * for a member outside it.
 */
public final class TerritoryMutators {

  private TerritoryMutators() {}

  /** The mutators of this family, one per rule. */
  public static ImmutableList<Mutator> all() {
    return ImmutableList.of(
        Mutator.of("UNKNOWN_ISTAT_CODE", TerritoryMutators::unknownIstatCode),
        Mutator.of("ISTAT_NAME_MISMATCH", TerritoryMutators::istatNameMismatch),
        Mutator.of("MUNICIPALITY_OUTSIDE_REGION", TerritoryMutators::municipalityOutsideRegion),
        Mutator.of("DUPLICATE_MUNICIPALITY", TerritoryMutators::duplicateMunicipality),
        Mutator.of("NON_MEMBER_MUNICIPALITY_IN_AGREEMENT", TerritoryMutators::nonMemberInAgreement));
  }

  /** A member's code changed to one that ISTAT never assigned in its province (…999). */
  private static Optional<Mutation> unknownIstatCode(ZonePlan plan, int pick) {
    List<Municipality> members = plan.district().municipalities();
    return choose(indexesOf(members, m -> m.istatCode().isPresent()), pick).flatMap(i -> {
      String unknown = members.get(i).istatCode().get().substring(0, 3) + "999";
      if (registry().byCode(unknown).isPresent()) {
        return Optional.empty();
      }
      return Mutation.of(withMember(plan, i, ImmutableMunicipality.copyOf(members.get(i)).withIstatCode(unknown)),
          "UNKNOWN_ISTAT_CODE", Pointer.root().field(DISTRICT).item(MUNICIPALITIES, i).field(ISTAT_CODE).toString());
    });
  }

  /** A member keeps its name but gets the code of another municipality of the region. */
  private static Optional<Mutation> istatNameMismatch(ZonePlan plan, int pick) {
    List<Municipality> members = plan.district().municipalities();
    return choose(indexesOf(members, m -> m.istatCode().isPresent()), pick).flatMap(i ->
        stranger(plan, plan.district().region(), pick).flatMap(other -> Mutation.of(
            withMember(plan, i, ImmutableMunicipality.copyOf(members.get(i)).withIstatCode(other.istatCode())),
            "ISTAT_NAME_MISMATCH", Pointer.root().field(DISTRICT).item(MUNICIPALITIES, i).field(ISTAT_CODE).toString())));
  }

  /** A member replaced, name and code, by a municipality of another region. */
  private static Optional<Mutation> municipalityOutsideRegion(ZonePlan plan, int pick) {
    List<Municipality> members = plan.district().municipalities();
    Region elsewhere = Region.values()[(plan.district().region().ordinal() + 1 + choose(Region.values().length - 1, pick))
        % Region.values().length];
    return choose(indexesOf(members, m -> m.istatCode().isPresent()), pick).flatMap(i ->
        stranger(plan, elsewhere, pick).flatMap(other -> Mutation.of(
            withMember(plan, i, ImmutableMunicipality.copyOf(members.get(i))
                .withName(other.name()).withIstatCode(other.istatCode())),
            "MUNICIPALITY_OUTSIDE_REGION", Pointer.root().field(DISTRICT).item(MUNICIPALITIES, i).field(ISTAT_CODE).toString())));
  }

  /** A member, under its own id, made the same municipality (name and code) as the one before it. */
  private static Optional<Mutation> duplicateMunicipality(ZonePlan plan, int pick) {
    List<Municipality> members = plan.district().municipalities();
    if (members.size() < 2) {
      return Optional.empty();
    }
    int j = 1 + choose(members.size() - 1, pick);
    Municipality first = members.get(j - 1);
    Municipality twin = ImmutableMunicipality.copyOf(members.get(j))
        .withName(first.name()).withIstatCode(first.istatCode());
    return Mutation.of(withMember(plan, j, twin),
        "DUPLICATE_MUNICIPALITY", Pointer.root().field(DISTRICT).item(MUNICIPALITIES, j).toString());
  }

  /** A municipality of the region that is not a member, listed as an organisation, signs the agreement. */
  private static Optional<Mutation> nonMemberInAgreement(ZonePlan plan, int pick) {
    if (plan.agreement().isEmpty()) {
      return Optional.empty();
    }
    int signatories = plan.agreement().get().signatories().size();
    return stranger(plan, plan.district().region(), pick).flatMap(other -> {
      String id = "comune-" + other.istatCode();
      if (plan.partiesById().containsKey(id)) {
        return Optional.empty();
      }
      Organisation municipality = Organisation.builder()
          .id(id).name("Comune di " + other.name()).kind(OrganisationKind.MUNICIPALITY).build();
      ZonePlan withOrganisation = copy(plan).withOrganisations(append(plan.organisations(), municipality));
      return PlanEdits.agreement(withOrganisation, a -> a.withSignatories(append(a.signatories(), Signatory.of(id))))
          .flatMap(mutated -> Mutation.of(mutated, "NON_MEMBER_MUNICIPALITY_IN_AGREEMENT",
              Pointer.root().field(AGREEMENT).item(SIGNATORIES, signatories).field(PARTY_ID).toString()));
    });
  }

  /** A municipality of the region that no member is, by code or by name. */
  private static Optional<it.pianodizona.registry.Municipality> stranger(ZonePlan plan, Region region, int pick) {
    Set<String> codes = plan.district().municipalities().stream().flatMap(m -> m.istatCode().stream())
        .collect(Collectors.toSet());
    Set<String> names = plan.district().municipalities().stream().map(m -> MunicipalityNames.normalise(m.name()))
        .collect(Collectors.toSet());
    Predicate<it.pianodizona.registry.Municipality> stranger = m -> !codes.contains(m.istatCode())
        && !names.contains(MunicipalityNames.normalise(m.name()));
    List<it.pianodizona.registry.Municipality> candidates = registry().inRegion(region);
    int start = choose(candidates.size(), pick);
    for (int k = 0; k < candidates.size(); k++) {
      var candidate = candidates.get((start + k) % candidates.size());
      if (stranger.test(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static ZonePlan withMember(ZonePlan plan, int index, Municipality member) {
    return PlanEdits.district(plan, d -> d.withMunicipalities(replace(plan.district().municipalities(), index, member)));
  }

  private static MunicipalityRegistry registry() {
    return MunicipalityRegistry.italy();
  }
}
