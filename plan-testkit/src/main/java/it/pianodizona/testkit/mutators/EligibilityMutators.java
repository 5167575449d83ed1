package it.pianodizona.testkit.mutators;

import static it.pianodizona.rules.spi.PlanFields.ADHERENTS;
import static it.pianodizona.rules.spi.PlanFields.AGREEMENT;
import static it.pianodizona.rules.spi.PlanFields.EXPRESSIONS_OF_INTEREST;
import static it.pianodizona.rules.spi.PlanFields.ORGANISATIONS;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;
import static it.pianodizona.rules.spi.PlanFields.RUNTS_SECTION;
import static it.pianodizona.rules.spi.PlanFields.SIGNATORIES;
import static it.pianodizona.testkit.mutators.PlanEdits.append;
import static it.pianodizona.testkit.mutators.PlanEdits.choose;
import static it.pianodizona.testkit.mutators.PlanEdits.copy;
import static it.pianodizona.testkit.mutators.PlanEdits.indexesOf;
import static it.pianodizona.testkit.mutators.PlanEdits.replace;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.Adherent;
import it.pianodizona.model.agreement.ImmutableAdherent;
import it.pianodizona.model.agreement.ProgrammeAgreement;
import it.pianodizona.model.agreement.Signatory;
import it.pianodizona.model.participation.ExpressionOfInterest;
import it.pianodizona.model.participation.ImmutableWorkTable;
import it.pianodizona.model.participation.ParticipationCall;
import it.pianodizona.model.territory.ImmutableOrganisation;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.model.territory.Party;
import it.pianodizona.model.territory.RuntsSection;
import it.pianodizona.model.territory.ThirdSectorKind;
import it.pianodizona.rules.profile.PlanningCycle;
import it.pianodizona.rules.profile.RegionalProfiles;
import it.pianodizona.rules.spi.Pointer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Mutatori dell'ammissibilità: one mutator per rule of the eligibility family. */
public final class EligibilityMutators {

  private EligibilityMutators() {}

  /** The mutators of this family, one per rule. */
  public static ImmutableList<Mutator> all() {
    return ImmutableList.of(
        Mutator.of("MUNICIPALITY_NOT_SIGNATORY", EligibilityMutators::municipalityNotSignatory),
        Mutator.of("HEALTH_AUTHORITY_NOT_SIGNATORY", EligibilityMutators::healthAuthorityNotSignatory),
        Mutator.of("HEALTHCARE_TRUST_NOT_SIGNATORY", EligibilityMutators::healthcareTrustNotSignatory),
        Mutator.of("SIGNATORY_NOT_PUBLIC_BODY", EligibilityMutators::signatoryNotPublicBody),
        Mutator.of("PUBLIC_BODY_ADHERES", EligibilityMutators::publicBodyAdheres),
        Mutator.of("ADHERENT_EXCLUDED_KIND", EligibilityMutators::adherentExcludedKind),
        Mutator.of("ADHERENT_NOT_THIRD_SECTOR", EligibilityMutators::adherentNotThirdSector),
        Mutator.of("ADHERENT_DID_NOT_PARTICIPATE", EligibilityMutators::adherentDidNotParticipate),
        Mutator.of("ADHERENT_RUNTS_SECTION_MISSING", EligibilityMutators::runtsSectionMissing),
        Mutator.of("RUNTS_SECTION_MISMATCH", EligibilityMutators::runtsSectionMismatch),
        Mutator.of("EXPRESSION_OF_INTEREST_INELIGIBLE_KIND", EligibilityMutators::ineligibleInterest));
  }

  private static Optional<Mutation> removeSignatory(ZonePlan plan, String ruleId, Predicate<Party> which) {
    if (plan.agreement().isEmpty()) {
      return Optional.empty();
    }
    List<Signatory> signatories = plan.agreement().get().signatories();
    List<Integer> matching = indexesOf(signatories, s -> {
      Party party = plan.partiesById().get(s.partyId());
      return party != null && which.test(party);
    });
    if (matching.isEmpty() || matching.size() == signatories.size()) {
      return Optional.empty();
    }
    List<Signatory> kept = signatories.stream().filter(s -> {
      Party party = plan.partiesById().get(s.partyId());
      return party == null || !which.test(party);
    }).toList();
    return PlanEdits.agreement(plan, a -> a.withSignatories(kept))
        .flatMap(mutated -> Mutation.of(mutated, ruleId, Pointer.root().field(AGREEMENT).field(SIGNATORIES).toString()));
  }

  private static Optional<Mutation> municipalityNotSignatory(ZonePlan plan, int pick) {
    if (plan.district().municipalities().isEmpty()) {
      return Optional.empty();
    }
    String id = plan.district().municipalities().get(choose(plan.district().municipalities().size(), pick)).id();
    return removeSignatory(plan, "MUNICIPALITY_NOT_SIGNATORY", p -> p.id().equals(id));
  }

  private static Optional<Mutation> healthAuthorityNotSignatory(ZonePlan plan, int pick) {
    return removeSignatory(plan, "HEALTH_AUTHORITY_NOT_SIGNATORY", p -> p.kind() == OrganisationKind.HEALTH_AUTHORITY);
  }

  private static Optional<Mutation> healthcareTrustNotSignatory(ZonePlan plan, int pick) {
    boolean required = RegionalProfiles.forRegion(plan.district().region()).cycleFor(plan.period())
        .map(PlanningCycle::signatoriesRequireHealthcareTrust).orElse(false);
    return required
        ? removeSignatory(plan, "HEALTHCARE_TRUST_NOT_SIGNATORY", p -> p.kind() == OrganisationKind.HEALTHCARE_TRUST)
        : Optional.empty();
  }

  private static Optional<Organisation> organisationOfKind(ZonePlan plan, OrganisationKind kind) {
    return plan.organisations().stream().filter(o -> o.kind() == kind).findFirst();
  }

  private static Optional<Mutation> signatoryNotPublicBody(ZonePlan plan, int pick) {
    return organisationOfKind(plan, OrganisationKind.TRADE_UNION)
        .filter(union -> plan.agreement().isPresent()
            && plan.agreement().get().adherents().stream().noneMatch(a -> a.partyId().equals(union.id())))
        .flatMap(union -> {
          int index = plan.agreement().get().signatories().size();
          return PlanEdits.agreement(plan, a -> a.withSignatories(append(a.signatories(), Signatory.of(union.id()))))
              .flatMap(m -> Mutation.of(m, "SIGNATORY_NOT_PUBLIC_BODY", Pointer.root().field(AGREEMENT).item(SIGNATORIES, index).toString()));
        });
  }

  private static Optional<Mutation> addAdherent(ZonePlan plan, String partyId, String ruleId) {
    return plan.agreement().flatMap(agreement -> {
      int index = agreement.adherents().size();
      return PlanEdits.agreement(plan, a -> a.withAdherents(append(a.adherents(), Adherent.of(partyId))))
          .flatMap(m -> Mutation.of(m, ruleId, Pointer.root().field(AGREEMENT).item(ADHERENTS, index).toString()));
    });
  }

  private static Optional<Mutation> publicBodyAdheres(ZonePlan plan, int pick) {
    return organisationOfKind(plan, OrganisationKind.CONSORTIUM_COMPANY)
        .flatMap(c -> addAdherent(plan, c.id(), "PUBLIC_BODY_ADHERES"));
  }

  /** The plan with the party among the participants of its first table, so that it took part. */
  private static Optional<ZonePlan> participating(ZonePlan plan, String partyId) {
    if (plan.participation().workTables().isEmpty()) {
      return Optional.empty();
    }
    var table = plan.participation().workTables().get(0);
    if (table.participantIds().contains(partyId)) {
      return Optional.of(plan);
    }
    return Optional.of(PlanEdits.participation(plan, p -> p.withWorkTables(replace(p.workTables(), 0,
        ImmutableWorkTable.copyOf(table).withParticipantIds(append(table.participantIds(), partyId))))));
  }

  private static Optional<Mutation> adherentExcludedKind(ZonePlan plan, int pick) {
    return organisationOfKind(plan, OrganisationKind.TRADE_UNION)
        .flatMap(union -> participating(plan, union.id()).flatMap(p -> addAdherent(p, union.id(), "ADHERENT_EXCLUDED_KIND")));
  }

  private static Optional<Mutation> adherentNotThirdSector(ZonePlan plan, int pick) {
    Organisation school = Organisation.builder().id("mutant-school").name("Istituto comprensivo")
        .kind(OrganisationKind.SCHOOL).build();
    ZonePlan withSchool = copy(plan).withOrganisations(append(plan.organisations(), school));
    return participating(withSchool, school.id()).flatMap(p -> addAdherent(p, school.id(), "ADHERENT_NOT_THIRD_SECTOR"));
  }

  private static Optional<Mutation> adherentDidNotParticipate(ZonePlan plan, int pick) {
    boolean recordsParticipation = !plan.participation().expressionsOfInterest().isEmpty()
        || plan.participation().workTables().stream().anyMatch(t -> !t.participantIds().isEmpty());
    if (!recordsParticipation) {
      return Optional.empty();
    }
    Organisation newcomer = Organisation.builder().id("mutant-newcomer").name("Associazione nuova arrivata")
        .kind(OrganisationKind.THIRD_SECTOR).thirdSectorKind(ThirdSectorKind.VOLUNTARY_ORGANISATION)
        .runtsSection(RuntsSection.VOLUNTARY_ORGANISATIONS).build();
    return addAdherent(copy(plan).withOrganisations(append(plan.organisations(), newcomer)), newcomer.id(),
        "ADHERENT_DID_NOT_PARTICIPATE");
  }

  /** A third-sector adherent that adheres once the RUNTS operates, during the transfer of the regional registers, without its section. */
  private static Optional<Mutation> runtsSectionMissing(ZonePlan plan, int pick) {
    LocalDate day = laterOf(RegionalProfiles.RUNTS_OPERATIONAL_FROM.plusDays(1),
        plan.agreement().flatMap(ProgrammeAgreement::signatureDate));
    return day.isAfter(TRANSFER_ENDED) ? Optional.empty()
        : adheresWithoutSection(plan, pick, day, "ADHERENT_RUNTS_SECTION_MISSING");
  }

  /** The last day of the transfer of the regional registers to the RUNTS (CTS art. 54), as extended. */
  private static final LocalDate TRANSFER_ENDED = LocalDate.of(2022, 11, 7);

  /** A third-sector adherent that adheres after the transfer of the regional registers ended, without its section. */
  static Optional<Mutation> notEnrolledAfterTransfer(ZonePlan plan, int pick) {
    LocalDate day = laterOf(TRANSFER_ENDED.plusDays(1), plan.agreement().flatMap(ProgrammeAgreement::signatureDate));
    return adheresWithoutSection(plan, pick, day, "ADHERENT_NOT_ENROLLED_AFTER_TRANSFER");
  }

  private static Optional<Mutation> adheresWithoutSection(ZonePlan plan, int pick, LocalDate day, String ruleId) {
    if (plan.agreement().isEmpty()) {
      return Optional.empty();
    }
    ProgrammeAgreement agreement = plan.agreement().get();
    List<Adherent> adherents = agreement.adherents();
    return choose(indexesOf(adherents, a -> plan.partiesById().get(a.partyId()) instanceof Organisation
        && ((Organisation) plan.partiesById().get(a.partyId())).isThirdSectorEntity()), pick).flatMap(a -> {
          String id = adherents.get(a).partyId();
          int o = PlanEdits.indexOf(plan.organisations(), org -> org.id().equals(id)).orElseThrow();
          ZonePlan mutated = copy(plan).withOrganisations(replace(plan.organisations(), o,
              ImmutableOrganisation.copyOf(plan.organisations().get(o)).withRuntsSection(Optional.empty())));
          return PlanEdits.agreement(mutated, ag -> ag.withAdherents(replace(ag.adherents(), a,
              ImmutableAdherent.copyOf(adherents.get(a)).withAdheredOn(day))))
              .flatMap(m -> Mutation.of(m, ruleId, Pointer.root().field(AGREEMENT).item(ADHERENTS, a).toString()));
        });
  }

  private static Optional<Mutation> runtsSectionMismatch(ZonePlan plan, int pick) {
    List<Organisation> organisations = plan.organisations();
    return choose(indexesOf(organisations, o -> o.thirdSectorKind().isPresent()), pick).flatMap(o -> {
      RuntsSection expected = organisations.get(o).thirdSectorKind().get().expectedSection();
      RuntsSection other = RuntsSection.values()[(expected.ordinal() + 1) % RuntsSection.values().length];
      ZonePlan mutated = copy(plan).withOrganisations(replace(organisations, o,
          ImmutableOrganisation.copyOf(organisations.get(o)).withRuntsSection(other)));
      return Mutation.of(mutated, "RUNTS_SECTION_MISMATCH", Pointer.root().item(ORGANISATIONS, o).field(RUNTS_SECTION).toString());
    });
  }

  private static Optional<Mutation> ineligibleInterest(ZonePlan plan, int pick) {
    List<ParticipationCall> calls = plan.participation().calls();
    Optional<Organisation> union = organisationOfKind(plan, OrganisationKind.TRADE_UNION);
    return choose(indexesOf(calls, c -> !c.eligibleApplicantKinds().isEmpty()
        && !c.eligibleApplicantKinds().contains(OrganisationKind.TRADE_UNION) && c.publicationDate().isPresent()), pick)
        .filter(c -> union.isPresent())
        .flatMap(c -> {
          ParticipationCall call = calls.get(c);
          ExpressionOfInterest interest = ExpressionOfInterest.builder().id("mutant-interest").callId(call.id())
              .partyId(union.get().id()).receivedOn(call.publicationDate().get().plusDays(1)).build();
          int index = plan.participation().expressionsOfInterest().size();
          ZonePlan mutated = PlanEdits.participation(plan, p -> p.withExpressionsOfInterest(
              append(p.expressionsOfInterest(), interest)));
          return Mutation.of(mutated, "EXPRESSION_OF_INTEREST_INELIGIBLE_KIND",
              Pointer.root().field(PARTICIPATION).item(EXPRESSIONS_OF_INTEREST, index).toString());
        });
  }

  /** The day, or the agreement's signature if later: one adheres to a signed agreement. */
  private static LocalDate laterOf(LocalDate day, Optional<LocalDate> signed) {
    return signed.filter(d -> d.isAfter(day)).orElse(day);
  }
}
