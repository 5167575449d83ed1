package it.pianodizona.testkit.mutators;

import static it.pianodizona.rules.spi.PlanFields.CADENCE;
import static it.pianodizona.rules.spi.PlanFields.GOVERNANCE_BODIES;
import static it.pianodizona.rules.spi.PlanFields.KIND;
import static it.pianodizona.rules.spi.PlanFields.MEMBERS;
import static it.pianodizona.rules.spi.PlanFields.POWERS;
import static it.pianodizona.rules.spi.PlanFields.SEAT_RULES;
import static it.pianodizona.testkit.mutators.PlanEdits.append;
import static it.pianodizona.testkit.mutators.PlanEdits.choose;
import static it.pianodizona.testkit.mutators.PlanEdits.copy;
import static it.pianodizona.testkit.mutators.PlanEdits.indexesOf;
import static it.pianodizona.testkit.mutators.PlanEdits.remove;
import static it.pianodizona.testkit.mutators.PlanEdits.replace;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.governance.BodyMember;
import it.pianodizona.model.governance.CadenceUnit;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.governance.GovernanceBodyKind;
import it.pianodizona.model.governance.ImmutableBodyMember;
import it.pianodizona.model.governance.ImmutableGovernanceBody;
import it.pianodizona.model.governance.Power;
import it.pianodizona.model.governance.SeatBasis;
import it.pianodizona.model.governance.SeatRule;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.rules.profile.RegionalProfiles;
import it.pianodizona.rules.spi.Pointer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Mutatori della governance: one mutator per rule of the governance family. */
public final class GovernanceMutators {

  private static final Set<SeatBasis> FIXED = EnumSet.of(
      SeatBasis.CHAIR, SeatBasis.VICE_CHAIR, SeatBasis.NAMED_ROLE, SeatBasis.PER_ORGANISATION_KIND);

  private GovernanceMutators() {}

  /** The mutators of this family, one per rule. */
  public static ImmutableList<Mutator> all() {
    return ImmutableList.of(
        Mutator.of("DECISION_BODY_MISSING", GovernanceMutators::decisionBodyMissing),
        Mutator.of("DECISION_BODY_NOT_UNIQUE", GovernanceMutators::decisionBodyNotUnique),
        Mutator.of("DECISION_BODY_WRONG_KIND", GovernanceMutators::decisionBodyWrongKind),
        Mutator.of("ASSEMBLY_MEMBER_NOT_MUNICIPALITY", GovernanceMutators::assemblyMemberNotMunicipality),
        Mutator.of("MUNICIPALITY_SEATS_MISMATCH", GovernanceMutators::municipalitySeats),
        Mutator.of("SUB_DISTRICT_SEATS_MISMATCH", GovernanceMutators::subDistrictSeats),
        Mutator.of("SEAT_COUNT_MISMATCH", GovernanceMutators::seatCount),
        Mutator.of("MEMBER_KIND_MISMATCH", GovernanceMutators::memberKind),
        Mutator.of("MEETINGS_BELOW_CADENCE", GovernanceMutators::meetingsBelowCadence));
  }

  private static List<Integer> deciders(ZonePlan plan) {
    return indexesOf(plan.governanceBodies(), b -> b.powers().contains(Power.DECIDES)
        && b.kind() != GovernanceBodyKind.BOARD && b.kind() != GovernanceBodyKind.CONSORTIUM_ASSEMBLY);
  }

  private static Optional<Mutation> decisionBodyMissing(ZonePlan plan, int pick) {
    List<Integer> deciders = deciders(plan);
    if (deciders.isEmpty()) {
      return Optional.empty();
    }
    ZonePlan mutated = plan;
    for (int b : deciders) {
      mutated = PlanEdits.body(mutated, b, body -> body.withPowers(
          body.powers().stream().filter(p -> p != Power.DECIDES).collect(ImmutableSortedSet.toImmutableSortedSet(Enum::compareTo))));
    }
    return Mutation.of(mutated, "DECISION_BODY_MISSING", Pointer.root().field(GOVERNANCE_BODIES).toString());
  }

  private static Optional<Mutation> decisionBodyNotUnique(ZonePlan plan, int pick) {
    List<Integer> deciders = deciders(plan);
    if (deciders.size() != 1) {
      return Optional.empty();
    }
    GovernanceBody decider = plan.governanceBodies().get(deciders.get(0));
    GovernanceBody twin = ImmutableGovernanceBody.copyOf(decider).withId(decider.id() + "-bis")
        .withName(decider.name() + " (bis)");
    int index = plan.governanceBodies().size();
    return Mutation.of(copy(plan).withGovernanceBodies(append(plan.governanceBodies(), twin)),
        "DECISION_BODY_NOT_UNIQUE", Pointer.root().item(GOVERNANCE_BODIES, index).field(POWERS).toString());
  }

  private static Optional<Mutation> decisionBodyWrongKind(ZonePlan plan, int pick) {
    Set<GovernanceBodyKind> allowed = RegionalProfiles.forRegion(plan.district().region()).decisionBodyKinds();
    if (allowed.contains(GovernanceBodyKind.STEERING_COMMITTEE)) {
      return Optional.empty();
    }
    return choose(deciders(plan), pick).flatMap(b -> Mutation.of(
        PlanEdits.body(plan, b, body -> body.withKind(GovernanceBodyKind.STEERING_COMMITTEE)),
        "DECISION_BODY_WRONG_KIND", Pointer.root().item(GOVERNANCE_BODIES, b).field(KIND).toString()));
  }

  private static Optional<Organisation> organisationOfKind(ZonePlan plan, OrganisationKind kind) {
    return plan.organisations().stream().filter(o -> o.kind() == kind).findFirst();
  }

  private static Optional<Mutation> assemblyMemberNotMunicipality(ZonePlan plan, int pick) {
    Optional<Organisation> outsider = organisationOfKind(plan, OrganisationKind.CONSORTIUM_COMPANY);
    return choose(indexesOf(plan.governanceBodies(), b -> b.kind() == GovernanceBodyKind.MAYORS_ASSEMBLY), pick)
        .filter(b -> outsider.isPresent())
        .flatMap(b -> {
          int index = plan.governanceBodies().get(b).members().size();
          BodyMember member = BodyMember.builder().partyId(outsider.get().id()).role("invitato").build();
          return Mutation.of(PlanEdits.body(plan, b, body -> body.withMembers(append(body.members(), member))),
              "ASSEMBLY_MEMBER_NOT_MUNICIPALITY", Pointer.root().item(GOVERNANCE_BODIES, b).item(MEMBERS, index).toString());
        });
  }

  /** A body and one of its seat rules of this basis that has members, chosen by {@code pick}. */
  private static Optional<int[]> bodyAndRule(ZonePlan plan, int pick, Set<SeatBasis> bases) {
    List<int[]> candidates = new ArrayList<>();
    for (int b = 0; b < plan.governanceBodies().size(); b++) {
      GovernanceBody body = plan.governanceBodies().get(b);
      for (int r = 0; r < body.seatRules().size(); r++) {
        SeatRule rule = body.seatRules().get(r);
        if (bases.contains(rule.basis())
            && body.members().stream().anyMatch(m -> m.seatRuleId().equals(Optional.of(rule.id())))) {
          candidates.add(new int[] {b, r});
        }
      }
    }
    return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(choose(candidates.size(), pick)));
  }

  /** The plan without one member of a seat rule (with its only member twice if it has one); the body keeps at least one member on a rule. */
  private static Optional<Mutation> withoutOneMember(ZonePlan plan, int pick, Set<SeatBasis> bases, String ruleId) {
    return bodyAndRule(plan, pick, bases).flatMap(br -> {
      GovernanceBody body = plan.governanceBodies().get(br[0]);
      String rule = body.seatRules().get(br[1]).id();
      List<Integer> members = indexesOf(body.members(), m -> m.seatRuleId().equals(Optional.of(rule)));
      int m = members.get(choose(members.size(), pick / 7));
      if (members.size() == 1) {
        // A rule no member names has unknown seats, so its only member is doubled instead.
        return Mutation.of(PlanEdits.body(plan, br[0], bd -> bd.withMembers(append(bd.members(), bd.members().get(m)))),
            ruleId, Pointer.root().item(GOVERNANCE_BODIES, br[0]).item(SEAT_RULES, br[1]).toString());
      }
      ImmutableList<BodyMember> rest = remove(body.members(), m);
      if (rest.stream().noneMatch(x -> x.seatRuleId().isPresent())) {
        return Optional.empty();
      }
      return Mutation.of(PlanEdits.body(plan, br[0], bd -> bd.withMembers(rest)), ruleId,
          Pointer.root().item(GOVERNANCE_BODIES, br[0]).item(SEAT_RULES, br[1]).toString());
    });
  }

  private static Optional<Mutation> municipalitySeats(ZonePlan plan, int pick) {
    return withoutOneMember(plan, pick, EnumSet.of(SeatBasis.PER_MUNICIPALITY), "MUNICIPALITY_SEATS_MISMATCH");
  }

  private static Optional<Mutation> subDistrictSeats(ZonePlan plan, int pick) {
    return plan.district().subDistricts().isEmpty() ? Optional.empty()
        : withoutOneMember(plan, pick, EnumSet.of(SeatBasis.PER_SUB_DISTRICT), "SUB_DISTRICT_SEATS_MISMATCH");
  }

  private static Optional<Mutation> seatCount(ZonePlan plan, int pick) {
    return withoutOneMember(plan, pick, FIXED, "SEAT_COUNT_MISMATCH");
  }

  private static Optional<Mutation> memberKind(ZonePlan plan, int pick) {
    return bodyAndRule(plan, pick, EnumSet.of(SeatBasis.PER_ORGANISATION_KIND)).flatMap(br -> {
      GovernanceBody body = plan.governanceBodies().get(br[0]);
      SeatRule rule = body.seatRules().get(br[1]);
      Optional<Organisation> other = plan.organisations().stream()
          .filter(o -> rule.organisationKind().isPresent() && o.kind() != rule.organisationKind().get()
              && o.kind() != OrganisationKind.MUNICIPALITY)
          .findFirst();
      int m = PlanEdits.indexOf(body.members(), x -> x.seatRuleId().equals(Optional.of(rule.id()))).orElseThrow();
      return other.flatMap(o -> Mutation.of(
          PlanEdits.body(plan, br[0], bd -> bd.withMembers(replace(bd.members(), m,
              ImmutableBodyMember.copyOf(bd.members().get(m)).withPartyId(o.id())))),
          "MEMBER_KIND_MISMATCH", Pointer.root().item(GOVERNANCE_BODIES, br[0]).item(MEMBERS, m).toString()));
    });
  }

  /** Two meetings three months apart for a body that meets monthly or more often. */
  private static Optional<Mutation> meetingsBelowCadence(ZonePlan plan, int pick) {
    List<GovernanceBody> bodies = plan.governanceBodies();
    return choose(indexesOf(bodies, b -> b.cadence().isPresent() && b.cadence().get().per() != CadenceUnit.YEAR
        && plan.participation().meetings().stream().noneMatch(m -> m.governanceBodyId().equals(Optional.of(b.id())))), pick)
        .flatMap(b -> {
          LocalDate first = PlanEdits.workingDayFrom(plan.period().start());
          LocalDate last = PlanEdits.workingDayFrom(first.plusYears(1));
          if (!plan.period().contains(last)) {
            return Optional.empty();
          }
          Meeting one = Meeting.builder().id("mutant-meeting-1").governanceBodyId(bodies.get(b).id())
              .date(PartialDate.of(first)).build();
          Meeting two = Meeting.builder().id("mutant-meeting-2").governanceBodyId(bodies.get(b).id())
              .date(PartialDate.of(last)).build();
          ZonePlan mutated = PlanEdits.participation(plan, p -> p.withMeetings(append(append(p.meetings(), one), two)));
          return Mutation.of(mutated, "MEETINGS_BELOW_CADENCE", Pointer.root().item(GOVERNANCE_BODIES, b).field(CADENCE).toString());
        });
  }
}
