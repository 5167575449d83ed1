package it.pianodizona.testkit.plans;

import com.google.common.collect.ImmutableList;
import it.pianodizona.model.AnnualOperatingPlan;
import it.pianodizona.model.CountedSubject;
import it.pianodizona.model.DeclaredCount;
import it.pianodizona.model.ImmutableZonePlan;
import it.pianodizona.model.PlanReference;
import it.pianodizona.model.PlanStatus;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.Adherent;
import it.pianodizona.model.agreement.ImmutableProgrammeAgreement;
import it.pianodizona.model.agreement.ProgrammeAgreement;
import it.pianodizona.model.agreement.Signatory;
import it.pianodizona.model.budget.Actuals;
import it.pianodizona.model.budget.ActualsLine;
import it.pianodizona.model.budget.Budget;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.budget.DeclaredShare;
import it.pianodizona.model.budget.DeclaredTotal;
import it.pianodizona.model.budget.DistrictSocialSpending;
import it.pianodizona.model.budget.FundingSource;
import it.pianodizona.model.budget.FundingSourceKind;
import it.pianodizona.model.budget.ImmutableActuals;
import it.pianodizona.model.budget.ImmutableBudget;
import it.pianodizona.model.budget.ImmutableBudgetLine;
import it.pianodizona.model.budget.ShareKind;
import it.pianodizona.model.common.DateWindow;
import it.pianodizona.model.common.LegalReference;
import it.pianodizona.model.common.LegalReferenceKind;
import it.pianodizona.model.common.Money;
import it.pianodizona.model.common.PartialDate;
import it.pianodizona.model.common.Percentage;
import it.pianodizona.model.common.PlanPeriod;
import it.pianodizona.model.common.SourceRef;
import it.pianodizona.model.governance.BodyMember;
import it.pianodizona.model.governance.Cadence;
import it.pianodizona.model.governance.CadenceUnit;
import it.pianodizona.model.governance.GovernanceBody;
import it.pianodizona.model.governance.GovernanceBodyKind;
import it.pianodizona.model.governance.ImmutableGovernanceBody;
import it.pianodizona.model.governance.Power;
import it.pianodizona.model.governance.SeatBasis;
import it.pianodizona.model.governance.SeatRule;
import it.pianodizona.model.leps.ContractKind;
import it.pianodizona.model.leps.Leps;
import it.pianodizona.model.leps.Profession;
import it.pianodizona.model.leps.StaffPosition;
import it.pianodizona.model.objective.Action;
import it.pianodizona.model.objective.BudgetFormula;
import it.pianodizona.model.objective.FormulaBase;
import it.pianodizona.model.objective.ImmutableAction;
import it.pianodizona.model.objective.ImmutableObjective;
import it.pianodizona.model.objective.ImmutablePreviousPlanOutcome;
import it.pianodizona.model.objective.Indicator;
import it.pianodizona.model.objective.IndicatorUnit;
import it.pianodizona.model.objective.Milestone;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.model.objective.PreviousPlanOutcome;
import it.pianodizona.model.objective.Referent;
import it.pianodizona.model.objective.TargetKind;
import it.pianodizona.model.objective.TargetRange;
import it.pianodizona.model.participation.Annex;
import it.pianodizona.model.participation.AnnexKind;
import it.pianodizona.model.participation.CallKind;
import it.pianodizona.model.participation.ExpressionOfInterest;
import it.pianodizona.model.participation.ImmutableWorkTable;
import it.pianodizona.model.participation.Meeting;
import it.pianodizona.rules.spi.Holidays;
import it.pianodizona.model.participation.MeetingMode;
import it.pianodizona.model.participation.Participation;
import it.pianodizona.model.participation.ParticipationCall;
import it.pianodizona.model.participation.Phase;
import it.pianodizona.model.participation.WorkTable;
import it.pianodizona.model.participation.WorkTableKind;
import it.pianodizona.model.policy.MatrixAxisItem;
import it.pianodizona.model.policy.MatrixCell;
import it.pianodizona.model.policy.PolicyArea;
import it.pianodizona.model.policy.PolicyFramework;
import it.pianodizona.model.policy.PriorityMatrix;
import it.pianodizona.model.policy.StrategicArea;
import it.pianodizona.model.policy.TargetGroup;
import it.pianodizona.model.territory.District;
import it.pianodizona.model.territory.ImmutableDistrict;
import it.pianodizona.model.territory.ImmutableOrganisation;
import it.pianodizona.model.territory.Municipality;
import it.pianodizona.model.territory.Organisation;
import it.pianodizona.model.territory.OrganisationKind;
import it.pianodizona.model.territory.Region;
import it.pianodizona.model.territory.StatedPopulation;
import it.pianodizona.model.territory.SubDistrict;
import it.pianodizona.model.territory.ThirdSectorKind;
import it.pianodizona.registry.MunicipalityRegistry;
import it.pianodizona.rules.codelist.Fund;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generatore di piani sintetici: builds a valid, realistic {@link ZonePlan} from a seed and a
 * {@link PlanShape}. The same seed and shape always give the same plan, so benchmarks and
 * property tests can share inputs.
 *
 * <p>"Valid" means internally consistent in every way the rule catalogue checks: budget lines
 * add up to the declared totals and shares, every reference resolves, declared counts equal
 * listed counts, meetings follow the call deadline inside the declared phase, every member
 * municipality and the health authority sign, only third-sector entities that took part
 * adhere, milestones and measurements fall inside the plan period, and so on. The names and
 * texts are synthetic: no fact of a real plan is made up here.
 */
public final class PlanGenerator {

  private static final String[] WORDS = {
    "servizi", "sociali", "comunità", "territorio", "famiglie", "minori", "anziani", "persone",
    "disabilità", "integrazione", "accesso", "rete", "progetto", "percorso", "presa", "carico",
    "sostegno", "domiciliarità", "inclusione", "lavoro", "abitare", "volontariato", "cooperazione",
    "sviluppo", "conoscenza", "risorse", "gestione", "associata", "distrettuale", "ambito",
    "programmazione", "valutazione", "fragilità", "vulnerabilità", "prevenzione", "promozione",
    "salute", "benessere", "giovani", "scuola", "formazione", "protocollo", "accoglienza",
    "ascolto", "operatori", "cittadini", "welfare", "azioni", "interventi", "modello", "unitario"
  };

  private static final int TARGET_GROUP_COUNT = 3;

  private static final String[] TARGET_GROUPS = {
    "Anziani e non autosufficienza", "Minori, giovani e famiglie", "Adulti e fragilità",
    "Disabilità", "Povertà e inclusione"
  };

  private static final String[] MATRIX_ROWS = {
    "Presa in carico integrata", "Lavoro di comunità", "Riorganizzazione dei servizi"
  };

  private static final String[] MATRIX_COLUMNS = {
    "Ricomposizione della conoscenza", "Ricomposizione dei servizi",
    "Ricomposizione delle risorse"
  };

  private static final ThirdSectorKind[] ETS_KINDS = ThirdSectorKind.values();

  /** The funds a line draws on: every kind before reward funds (premialità, issue 17) and OTHER. */
  private static final FundingSourceKind[] DRAWN_FUNDS = Arrays.copyOf(FundingSourceKind.values(),
      FundingSourceKind.REWARD_FUNDING.ordinal());

  private final long seed;
  private final SplittableRandom random;
  private final PlanShape shape;

  private PlanGenerator(long seed, PlanShape shape) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
    this.shape = shape;
  }

  /** The plan for this seed and shape. */
  public static ZonePlan generate(long seed, PlanShape shape) {
    return new PlanGenerator(seed, shape).plan();
  }

  /** The first year of a real planning cycle of the region. */
  static int cycleStart(Region region, int pick) {
    switch (region) {
      case LOMBARDIA:
        return new int[] {2015, 2018, 2021}[Math.floorMod(pick, 3)];
      case PUGLIA:
        return 2022;
      default:
        return 2021;
    }
  }

  private ZonePlan plan() {
    int first = cycleStart(shape.region(), random.nextInt(3));
    PlanPeriod period = PlanPeriod.ofYears(first, first + 2);
    String planId = "plan-" + first + "-" + Math.abs(random.nextInt(1_000_000));
    // The parts draw from one random sequence: their order here is what a seed means, so a new
    // part goes after the others (or draws from a generator of its own) to keep old seeds' plans.
    Territory territory = territory();
    PolicyFramework policy = policyFramework();
    Participation participation = participation(period, territory, policy);
    Programme programme = objectives(period, policy.strategicAreas());
    Funding funding = budget(period, programme);
    List<Objective> objectives = withShareIndicator(programme.objectives(), funding);
    List<DeclaredCount> counts = declaredCounts(territory, policy, objectives);
    ProgrammeAgreement agreement = agreement(planId, period, territory);
    District district = withStatedPopulation(district(territory));

    ImmutableZonePlan.Builder plan = ZonePlan.builder()
        .id(planId)
        .title("Piano di Zona " + first + "-" + (first + 2))
        .district(district)
        .period(period)
        .status(PlanStatus.AGREEMENT_SIGNED)
        .predecessor(PlanReference.builder()
            .title("Piano di Zona " + (first - 3) + "-" + (first - 1))
            .period(PlanPeriod.ofYears(first - 3, first - 1))
            .build())
        .addFrameworkReferences(LegalReference.builder().kind(LegalReferenceKind.NATIONAL_LAW)
            .citation("L. 328/2000").article("art. 19").build())
        .addAllOrganisations(healthBodiesOfTheirTime(territory.organisations(), period))
        .participation(participation)
        .policyFramework(policy)
        .addAllDeclaredCounts(counts)
        .addAllObjectives(withLeps(objectives))
        .budget(fundsInForce(funding.budget()))
        .addAllGovernanceBodies(governance(territory.municipalities(), territory.subDistricts(),
            territory.lead(), territory.thirdSector().get(0)))
        .agreement(agreement)
        .addAllSocialServiceStaff(socialServiceStaff(district, period))
        .addAllPreviousPlanOutcomes(previousOutcomes())
        .notes(capitalised(words(200, 300)) + ".")
        .addSources(SourceRef.of("Piano sintetico generato", "seed"));
    for (Year year : period.years()) {
      plan.addAnnualOperatingPlans(AnnualOperatingPlan.builder()
          .year(year).title("Piano operativo " + year).build());
    }
    return Issue17Parts.add(plan.build());
  }

  /**
   * Funds in time (issue 15): a line that drew a fund in a year before the fund existed (the
   * Fondo Povertà before 2016) draws on the FNPS instead. Draws nothing from the random sequence.
   */
  private static Budget fundsInForce(Budget budget) {
    return ImmutableBudget.copyOf(budget).withLines(budget.lines().stream()
        .map(l -> l.fundingSource().flatMap(Fund::named).filter(f -> !f.existedIn(l.year())).isPresent()
            ? (BudgetLine) ImmutableBudgetLine.copyOf(l).withFundingSource(FundingSource.of(FundingSourceKind.FNPS))
            : l)
        .toList());
  }

  /**
   * Bodies in time (issue 15): before 2016 Lombardia had ASL and hospital trusts, not ATS and
   * ASST (l.r. 23/2015), so a plan starting earlier names its health bodies as they were then.
   */
  private List<Organisation> healthBodiesOfTheirTime(List<Organisation> organisations, PlanPeriod period) {
    if (shape.region() != Region.LOMBARDIA || period.start().getYear() >= 2016) {
      return organisations;
    }
    return organisations.stream().map(o -> switch (o.kind()) {
      case HEALTH_AUTHORITY -> (Organisation) ImmutableOrganisation.copyOf(o).withName("Azienda sanitaria locale");
      case HEALTHCARE_TRUST -> (Organisation) ImmutableOrganisation.copyOf(o).withName("Azienda ospedaliera");
      default -> o;
    }).toList();
  }

  /**
   * LEPS (issue 15): the essential levels of the national plan, each tagged on an action in turn
   * (the last action takes the rest when there are fewer actions than levels). Draws nothing
   * from the random sequence, so that a seed still means the same plan.
   */
  private static List<Objective> withLeps(List<Objective> objectives) {
    List<Leps> essential = Arrays.stream(Leps.values()).filter(Leps::essentialInNationalPlan).toList();
    int total = objectives.stream().mapToInt(o -> o.actions().size()).sum();
    List<Objective> tagged = new ArrayList<>();
    int k = 0;
    for (Objective objective : objectives) {
      List<Action> actions = new ArrayList<>();
      for (Action action : objective.actions()) {
        List<Leps> levels = new ArrayList<>();
        if (k < essential.size()) {
          levels.add(essential.get(k));
        }
        if (k == total - 1) {
          for (int rest = k + 1; rest < essential.size(); rest++) {
            levels.add(essential.get(rest));
          }
        }
        actions.add(ImmutableAction.copyOf(action).withLeps(levels));
        k++;
      }
      tagged.add(ImmutableObjective.copyOf(objective).withActions(actions));
    }
    return tagged;
  }

  /**
   * LEPS (issue 15): the district states the population the registry derives for its real
   * members (so that a mutation of a member's code leaves the population as stated). Draws
   * nothing from the random sequence.
   */
  private static District withStatedPopulation(District district) {
    List<String> codes = district.municipalities().stream().flatMap(m -> m.istatCode().stream()).toList();
    if (codes.size() != district.municipalities().size()) {
      return district;
    }
    return MunicipalityRegistry.italy().derivedPopulation(codes)
        .map(p -> (District) ImmutableDistrict.copyOf(district)
            .withPopulation(StatedPopulation.of(p.inhabitants(), p.referenceDate(), p.source())))
        .orElse(district);
  }

  /**
   * LEPS (issue 15): permanent social workers at one per 3,500 inhabitants (rounded up), above
   * the level and the target, of the district's stated population; none without one. Draws
   * nothing from the random sequence.
   */
  private static List<StaffPosition> socialServiceStaff(District district, PlanPeriod period) {
    return district.population()
        .map(p -> List.<StaffPosition>of(StaffPosition.builder().profession(Profession.SOCIAL_WORKER)
            .fullTimeEquivalents(BigDecimal.valueOf((p.inhabitants() + 3_499) / 3_500))
            .contractKind(ContractKind.PERMANENT).asOf(period.start().minusDays(1)).build()))
        .orElse(List.of());
  }

  /** Sub-districts, member municipalities (the first leads) and the organisations. */
  private record Territory(List<SubDistrict> subDistricts, List<Municipality> municipalities,
      List<Organisation> organisations, List<String> thirdSector) {

    String lead() {
      return municipalities.get(0).id();
    }
  }

  private Territory territory() {
    List<SubDistrict> subDistricts = new ArrayList<>();
    for (int s = 0; s < shape.subDistricts(); s++) {
      subDistricts.add(SubDistrict.builder().id("sub-" + s).name("Sub ambito " + words(1, 2)).build());
    }
    List<Municipality> municipalities = new ArrayList<>();
    var real = RealMunicipalities.pick(shape.region(), shape.municipalities(), seed);
    for (int m = 0; m < shape.municipalities(); m++) {
      municipalities.add(Municipality.builder()
          .id("mun-" + m)
          .name(real.get(m).name())
          .istatCode(real.get(m).istatCode())
          .subDistrictId("sub-" + (m % shape.subDistricts()))
          .build());
    }

    List<Organisation> organisations = new ArrayList<>();
    organisations.add(org("health-authority", "Agenzia di tutela della salute", OrganisationKind.HEALTH_AUTHORITY));
    if (shape.region() == Region.LOMBARDIA) {
      organisations.add(org("healthcare-trust", "Azienda socio-sanitaria territoriale", OrganisationKind.HEALTHCARE_TRUST));
    }
    organisations.add(org("consortium", "Azienda consortile " + capitalised(words(1, 2)), OrganisationKind.CONSORTIUM_COMPANY));
    organisations.add(org("union", "Organizzazione sindacale " + words(1, 1), OrganisationKind.TRADE_UNION));
    List<String> ets = new ArrayList<>();
    for (int e = 0; e < shape.thirdSectorEntities(); e++) {
      ThirdSectorKind kind = ETS_KINDS[e % ETS_KINDS.length];
      String id = "ets-" + e;
      ets.add(id);
      organisations.add(Organisation.builder()
          .id(id)
          .name(uniqueName(organisations, "Associazione " + capitalised(words(2, 4)), e))
          .kind(OrganisationKind.THIRD_SECTOR)
          .thirdSectorKind(kind)
          .runtsSection(kind.expectedSection())
          .build());
    }
    return new Territory(subDistricts, municipalities, organisations, ets);
  }

  /** Named last of the territory, after the budget: where the seed's sequence has always named it. */
  private District district(Territory territory) {
    return District.builder()
        .id("district")
        .name("Ambito territoriale " + capitalised(words(1, 2)))
        .region(shape.region())
        .leadMunicipalityId(territory.lead())
        .healthAuthorityId("health-authority")
        .addAllSubDistricts(territory.subDistricts())
        .addAllMunicipalities(territory.municipalities())
        .build();
  }

  /** Target groups, policy areas, Puglia's seven strategic areas and the priority matrix. */
  private PolicyFramework policyFramework() {
    List<TargetGroup> targetGroups = new ArrayList<>();
    for (int t = 0; t < TARGET_GROUP_COUNT; t++) {
      targetGroups.add(TargetGroup.of("tg-" + t, TARGET_GROUPS[t]));
    }
    int policyAreaCount = 2 + random.nextInt(5);
    List<PolicyArea> policyAreas = new ArrayList<>();
    for (int p = 0; p < policyAreaCount; p++) {
      policyAreas.add(PolicyArea.of("pa-" + p, capitalised(words(2, 4))));
    }
    List<StrategicArea> strategicAreas = new ArrayList<>();
    if (shape.region() == Region.PUGLIA) {
      for (int a = 0; a < 7; a++) {
        strategicAreas.add(StrategicArea.of("sa-" + a, "Area strategica " + (a + 1)));
      }
    }
    PriorityMatrix matrix = PriorityMatrix.builder()
        .title("Matrice delle priorità")
        .addAllRows(axis("row", MATRIX_ROWS))
        .addAllColumns(axis("col", MATRIX_COLUMNS))
        .build();
    return PolicyFramework.builder()
        .addAllTargetGroups(targetGroups)
        .addAllPolicyAreas(policyAreas)
        .addAllStrategicAreas(strategicAreas)
        .priorityMatrix(matrix)
        .build();
  }

  /** Call, expressions of interest, phase, tables and meetings, all before the plan starts. */
  private Participation participation(PlanPeriod period, Territory territory, PolicyFramework policy) {
    List<String> ets = territory.thirdSector();
    LocalDate publication = period.start().minusDays(150);
    LocalDate deadline = publication.plusDays(8 + random.nextInt(10));
    ParticipationCall call = ParticipationCall.builder()
        .id("call-1")
        .title("Avviso di manifestazione d'interesse per la costruzione del Piano di Zona")
        .kind(CallKind.EXPRESSION_OF_INTEREST)
        .issuerId(territory.lead())
        .protocolNumber(String.valueOf(1000 + random.nextInt(9000)))
        .publicationDate(publication)
        .deadline(deadline)
        .addAnnexes(Annex.builder().id("annex-a").code("A").title("Fac-simile di manifestazione d'interesse")
            .kind(AnnexKind.APPLICATION_FORM).deadline(deadline).build())
        .addAnnexes(Annex.builder().id("annex-b").code("B").title("Scheda di rilevazione")
            .kind(AnnexKind.SURVEY_FORM).deadline(deadline.plusDays(10)).build())
        .addEligibleApplicantKinds(OrganisationKind.THIRD_SECTOR, OrganisationKind.SCHOOL,
            OrganisationKind.TRAINING_BODY)
        .addLegalBasis(LegalReference.builder().kind(LegalReferenceKind.NATIONAL_LAW)
            .citation("L. 328/2000").article("art. 19").build())
        .build();
    LocalDate firstMeetingDay = deadline.plusDays(20);
    YearMonth phaseStart = YearMonth.from(firstMeetingDay);
    YearMonth phaseEnd = YearMonth.from(period.start().minusDays(1));
    Phase phase = Phase.builder()
        .id("phase-1")
        .name("Costruzione condivisa del piano")
        .window(DateWindow.builder().from(PartialDate.of(phaseStart)).to(PartialDate.of(phaseEnd))
            .statedAs("da " + phaseStart + " a " + phaseEnd).build())
        .build();
    List<WorkTable> tables = new ArrayList<>();
    for (int t = 0; t < TARGET_GROUP_COUNT; t++) {
      ImmutableWorkTable.Builder table = WorkTable.builder()
          .id("table-" + t)
          .name("Tavolo " + TARGET_GROUPS[t])
          .kind(WorkTableKind.THEMATIC)
          .phaseId("phase-1")
          .addTargetGroupIds("tg-" + t);
      policy.policyAreas().forEach(p -> table.addPolicyAreaIds(p.id()));
      for (int e = t; e < ets.size(); e += TARGET_GROUP_COUNT) {
        table.addParticipantIds(ets.get(e));
      }
      if (t == 0) {
        table.addParticipantIds("union");
      }
      tables.add(table.build());
    }
    ImmutableWorkTable.Builder plenary = WorkTable.builder().id("plenary").name("Plenaria d'ambito")
        .kind(WorkTableKind.PLENARY).phaseId("phase-1").addAllParticipantIds(ets);
    tables.add(plenary.build());
    List<ExpressionOfInterest> interests = new ArrayList<>();
    for (int e = 0; e < ets.size(); e++) {
      interests.add(ExpressionOfInterest.builder()
          .id("eoi-" + e).callId("call-1").partyId(ets.get(e))
          .receivedOn(publication.plusDays(1 + random.nextInt((int) (deadline.toEpochDay() - publication.toEpochDay()))))
          .addWorkTableIds("table-" + (e % TARGET_GROUP_COUNT))
          .build());
    }
    List<Meeting> meetings = new ArrayList<>();
    // The drafting ends when the agreement is signed, five days before the plan starts: the
    // last meeting is the day before at the latest (TIMELINE_OUT_OF_ORDER, draftingMeetingAfterSignature).
    LocalDate lastMeetingDay = period.start().minusDays(6);
    long span = lastMeetingDay.toEpochDay() - firstMeetingDay.toEpochDay();
    int meetingsPerTable = meetingsPerTable();
    for (WorkTable table : tables) {
      for (int k = 0; k < meetingsPerTable; k++) {
        LocalDate day = workingDay(firstMeetingDay.plusDays(random.nextLong(span + 1)), lastMeetingDay);
        meetings.add(Meeting.builder()
            .id("meeting-" + meetings.size())
            .title("Incontro " + table.name())
            .workTableId(table.id())
            .phaseId("phase-1")
            .date(PartialDate.of(day))
            .startTime(LocalTime.of(9 + random.nextInt(9), random.nextBoolean() ? 0 : 30))
            .mode(MeetingMode.values()[random.nextInt(MeetingMode.values().length)])
            .place("Sala consiliare del " + territory.municipalities().get(0).name())
            .build());
      }
    }
    meetings.sort((a, b) -> a.date().earliest().compareTo(b.date().earliest()));
    return Participation.builder()
        .addCalls(call)
        .addAllExpressionsOfInterest(interests)
        .addPhases(phase)
        .addAllWorkTables(tables)
        .addAllMeetings(renumber(meetings))
        .build();
  }

  /** The name, numbered when another organisation has it already: one organisation, one name. */
  private static String uniqueName(List<Organisation> organisations, String name, int number) {
    return organisations.stream().anyMatch(o -> o.name().equalsIgnoreCase(name)) ? name + " " + (number + 1) : name;
  }

  /** The day, or the nearest working day after it up to {@code limit} (else before it): public meetings are not held on holidays. */
  private static LocalDate workingDay(LocalDate day, LocalDate limit) {
    LocalDate later = day;
    while (Holidays.isHoliday(later) && later.isBefore(limit)) {
      later = later.plusDays(1);
    }
    if (!Holidays.isHoliday(later)) {
      return later;
    }
    LocalDate earlier = day;
    while (Holidays.isHoliday(earlier)) {
      earlier = earlier.minusDays(1);
    }
    return earlier;
  }

  /** Meetings of each table, the plenary included. */
  private int meetingsPerTable() {
    int tables = TARGET_GROUP_COUNT + 1;
    // Crema held 22 meetings for 10 objectives: about two per objective, spread over the tables.
    return Math.max(2, Math.floorDiv(2 * shape.objectives() + tables - 1, tables));
  }

  /** The objectives and, drawn with each, its budget lines for every year of the plan. */
  private record Programme(List<Objective> objectives, List<BudgetLine> lines, List<Money> totals) {}

  private Programme objectives(PlanPeriod period, List<StrategicArea> strategicAreas) {
    List<Objective> objectives = new ArrayList<>();
    List<BudgetLine> lines = new ArrayList<>();
    List<Year> years = period.years();
    Money[] totals = {Money.ZERO, Money.ZERO, Money.ZERO};
    for (int o = 0; o < shape.objectives(); o++) {
      String objectiveId = "obj-" + (o + 1);
      for (int y = 0; y < years.size(); y++) {
        Money amount = Money.ofCents(1_000_000L + random.nextLong(500_000_000L));
        totals[y] = totals[y].plus(amount);
        lines.add(BudgetLine.builder()
            .objectiveId(objectiveId)
            .label((o + 1) + ") " + capitalised(words(1, 3)))
            .year(years.get(y))
            .fundingSource(FundingSource.of(DRAWN_FUNDS[random.nextInt(DRAWN_FUNDS.length)]))
            .amount(amount)
            .build());
      }
      objectives.add(objective(o, objectiveId, period, strategicAreas));
    }
    return new Programme(objectives, lines, List.of(totals));
  }

  /** The budget, and the range of the shares it declares for the indicator on budget figures. */
  private record Funding(Budget budget, BigDecimal minShare, BigDecimal maxShare) {}

  private Funding budget(PlanPeriod period, Programme programme) {
    List<Year> years = period.years();
    List<DeclaredTotal> declaredTotals = new ArrayList<>();
    List<DistrictSocialSpending> spending = new ArrayList<>();
    List<DeclaredShare> shares = new ArrayList<>();
    BigDecimal minShare = null;
    BigDecimal maxShare = null;
    for (int y = 0; y < years.size(); y++) {
      Money total = programme.totals().get(y);
      declaredTotals.add(DeclaredTotal.of(years.get(y), total));
      // A share between 20% and 60% of the district's social spending.
      BigDecimal divisor = BigDecimal.valueOf(20 + random.nextInt(41)).movePointLeft(2);
      Money social = Money.of(total.amount().divide(divisor, 2, RoundingMode.HALF_UP));
      spending.add(DistrictSocialSpending.of(years.get(y), social));
      BigDecimal share = total.amount().multiply(BigDecimal.valueOf(100))
          .divide(social.amount(), 6, RoundingMode.HALF_UP);
      shares.add(DeclaredShare.builder().year(years.get(y)).kind(ShareKind.JOINTLY_MANAGED)
          .value(Percentage.of(share.setScale(0, RoundingMode.HALF_UP))).decimals(0).build());
      minShare = minShare == null || share.compareTo(minShare) < 0 ? share : minShare;
      maxShare = maxShare == null || share.compareTo(maxShare) > 0 ? share : maxShare;
    }
    Budget budget = Budget.builder()
        .addAllLines(programme.lines())
        .addAllDeclaredTotals(declaredTotals)
        .addAllDistrictSocialSpending(spending)
        .addAllDeclaredShares(shares)
        .actuals(actuals(period.start().getYear()))
        .build();
    return new Funding(budget, minShare, maxShare);
  }

  /** The objectives, the first carrying a target defined on budget figures, met in every year. */
  private static List<Objective> withShareIndicator(List<Objective> objectives, Funding funding) {
    List<Objective> result = new ArrayList<>(objectives);
    Objective firstObjective = result.get(0);
    result.set(0, Objective.builder().from(firstObjective)
        .addIndicators(Indicator.builder()
            .id(firstObjective.id() + "-share")
            .description("Quota di spesa sociale gestita a livello distrettuale")
            .unit(IndicatorUnit.PERCENTAGE)
            .target(TargetRange.builder().kind(TargetKind.BETWEEN)
                .min(funding.minShare().setScale(0, RoundingMode.FLOOR))
                .max(funding.maxShare().setScale(0, RoundingMode.CEILING))
                .statedAs("quota di spesa sociale gestita a livello distrettuale").build())
            .formula(BudgetFormula.builder().base(FormulaBase.DISTRICT_SOCIAL_SPENDING).build())
            .build())
        .build());
    return result;
  }

  private List<DeclaredCount> declaredCounts(Territory territory, PolicyFramework policy, List<Objective> objectives) {
    return List.of(
        count(CountedSubject.MUNICIPALITIES, territory.municipalities().size(), "comuni"),
        count(CountedSubject.SUB_DISTRICTS, territory.subDistricts().size(), "sub ambiti"),
        count(CountedSubject.TARGET_GROUPS, TARGET_GROUP_COUNT, "aree target"),
        count(CountedSubject.POLICY_AREAS, policy.policyAreas().size(), "aree di policy"),
        // "tre tavoli": the thematic tables; a plenary is a session, not a table.
        count(CountedSubject.WORK_TABLES, TARGET_GROUP_COUNT, "tavoli tematici"),
        count(CountedSubject.OBJECTIVES, objectives.size(), "obiettivi"),
        count(CountedSubject.PLENARY_MEETINGS, meetingsPerTable(), "incontri in plenaria"));
  }

  /** Signed by every municipality and the health authority (and in Lombardia the ASST); every ETS adheres. */
  private ProgrammeAgreement agreement(String planId, PlanPeriod period, Territory territory) {
    ImmutableProgrammeAgreement.Builder agreement = ProgrammeAgreement.builder()
        .id("agreement")
        .title("Accordo di programma per l'attuazione del Piano di Zona")
        .adoptsPlanId(planId)
        .leadPartyId(territory.lead())
        .signatureDate(period.start().minusDays(5))
        .validity(period)
        .addLegalBasis(LegalReference.builder().kind(LegalReferenceKind.NATIONAL_LAW)
            .citation("L. 328/2000").article("art. 19 c.2").build());
    territory.municipalities().forEach(m -> agreement.addSignatories(Signatory.of(m.id())));
    agreement.addSignatories(Signatory.of("health-authority"));
    if (shape.region() == Region.LOMBARDIA) {
      agreement.addSignatories(Signatory.of("healthcare-trust"));
    }
    territory.thirdSector().forEach(e -> agreement.addAdherents(Adherent.of(e)));
    return agreement.build();
  }

  private Objective objective(int o, String id, PlanPeriod period, List<StrategicArea> strategicAreas) {
    ImmutableObjective.Builder objective = Objective.builder()
        .id(id)
        .code(String.valueOf(o + 1))
        .title(capitalised(words(5, 12)))
        .description(capitalised(words(30, 80)) + ".")
        .rationale(capitalised(words(40, 120)) + ".")
        .matrixCell(MatrixCell.of("row-" + (o % 3), "col-" + ((o / 3) % 3)))
        .addTargetGroupIds("tg-" + (o % 3))
        .addWorkTableIds("table-" + (o % 3))
        .resources(capitalised(words(15, 40)) + ".")
        .evaluationMethod("Organismo di valutazione interno al Piano di Zona: " + words(50, 80) + ".")
        .timing("L'obiettivo si sviluppa per l'intero triennio.")
        .notes(capitalised(words(80, 160)) + ".")
        .addSources(SourceRef.of("Piano sintetico generato", "Obiettivo n. " + (o + 1)));
    if (!strategicAreas.isEmpty()) {
      objective.addStrategicAreaIds(strategicAreas.get(o % strategicAreas.size()).id());
    }
    int actions = 2 + random.nextInt(4);
    for (int a = 0; a < actions; a++) {
      objective.addActions(Action.builder().id(id + "-action-" + a).description(capitalised(words(8, 25))).build());
    }
    objective.addReferents(Referent.builder().label("Azienda consortile").partyId("consortium").role("referente").build());
    objective.addReferents(Referent.builder().label("Terzo Settore").build());
    objective.addTools(capitalised(words(3, 8)), capitalised(words(3, 8)));
    List<Year> years = period.years();
    for (int m = 0; m < 1 + random.nextInt(3); m++) {
      Year year = years.get(random.nextInt(years.size()));
      int month = 1 + random.nextInt(12);
      objective.addMilestones(Milestone.builder()
          .id(id + "-milestone-" + m)
          .description(capitalised(words(4, 10)))
          .due(PartialDate.of(year.atMonth(month)))
          .statedAs("entro " + year.atMonth(month))
          .build());
    }
    objective.addIndicators(Indicator.builder()
        .id(id + "-count")
        .description("N. di " + words(6, 14))
        .unit(IndicatorUnit.COUNT)
        .target(TargetRange.atLeast(BigDecimal.valueOf(1 + random.nextInt(20))))
        .build());
    if (random.nextBoolean()) {
      int low = 40 + random.nextInt(30);
      objective.addIndicators(Indicator.builder()
          .id(id + "-percent")
          .description("Percentuale di " + words(6, 14))
          .unit(IndicatorUnit.PERCENTAGE)
          .target(TargetRange.between(BigDecimal.valueOf(low), BigDecimal.valueOf(low + 5 + random.nextInt(25))))
          .build());
    } else {
      objective.addIndicators(Indicator.builder()
          .id(id + "-document")
          .description("Approvazione di un " + words(5, 12))
          .unit(IndicatorUnit.DOCUMENT)
          .target(TargetRange.builder().kind(TargetKind.ACHIEVED)
              .deadline(PartialDate.of(years.get(0).atMonth(6))).build())
          .build());
    }
    return objective.build();
  }

  /** Crema reports 13 outcomes of the previous plan for its 10 objectives. */
  private List<PreviousPlanOutcome> previousOutcomes() {
    List<PreviousPlanOutcome> outcomes = new ArrayList<>();
    int count = shape.objectives() + shape.objectives() / 3;
    for (int i = 0; i < count; i++) {
      ImmutablePreviousPlanOutcome.Builder outcome = PreviousPlanOutcome.builder()
          .id("outcome-" + i).code(String.valueOf(i + 1)).priorityArea(MATRIX_ROWS[i % 3])
          .title(capitalised(words(4, 8)));
      for (int k = 0; k < 2 + random.nextInt(3); k++) {
        outcome.addInterventions(capitalised(words(3, 12)));
      }
      for (int k = 0; k < 3 + random.nextInt(4); k++) {
        outcome.addActionsDone(capitalised(words(8, 25)) + ".");
      }
      for (int k = 0; k < 1 + random.nextInt(3); k++) {
        outcome.addResults(capitalised(words(12, 35)));
      }
      outcomes.add(outcome.build());
    }
    return outcomes;
  }

  private Actuals actuals(int planStart) {
    ImmutableActuals.Builder actuals = Actuals.builder().title("Risorse del triennio precedente");
    int start = 0;
    String[] items = {"Continuità assistenziale", "Progetti", "Gestione e Ufficio di Piano"};
    PlanPeriod previous = PlanPeriod.ofYears(planStart - 3, planStart - 1);
    for (Year year : previous.years()) {
      Money total = Money.ZERO;
      for (String item : items) {
        Money amount = Money.ofCents(100_000L + random.nextLong(200_000_000L));
        total = total.plus(amount);
        actuals.addLines(ActualsLine.builder().category(MATRIX_ROWS[start++ % 3]).item(item)
            .year(year).amount(amount).build());
      }
      actuals.addDeclaredTotals(DeclaredTotal.of(year, total));
    }
    return actuals.build();
  }

  private List<GovernanceBody> governance(
      List<Municipality> municipalities, List<SubDistrict> subDistricts, String lead, String ets) {
    ImmutableGovernanceBody.Builder assembly = GovernanceBody.builder()
        .id("mayors-assembly").kind(GovernanceBodyKind.MAYORS_ASSEMBLY)
        .name("Assemblea dei Sindaci").description(capitalised(words(30, 70)) + ".").coordinatorId(lead)
        .addSeatRules(SeatRule.builder().id("mayors").basis(SeatBasis.PER_MUNICIPALITY).seats(1)
            .role("Sindaco").statedAs("tutti i Sindaci dei Comuni dell'ambito").build())
        .addPowers(Power.DECIDES);
    municipalities.forEach(m -> assembly.addMembers(BodyMember.builder()
        .partyId(m.id()).role("Sindaco").seatRuleId("mayors").build()));

    ImmutableGovernanceBody.Builder committee = GovernanceBody.builder()
        .id("steering-committee").kind(GovernanceBodyKind.STEERING_COMMITTEE)
        .name("Comitato ristretto").description(capitalised(words(30, 70)) + ".").coordinatorId(lead)
        .addSeatRules(SeatRule.builder().id("chair").basis(SeatBasis.CHAIR).seats(1)
            .role("Presidente").statedAs("il presidente dell'Assemblea").build())
        .addSeatRules(SeatRule.builder().id("per-sub").basis(SeatBasis.PER_SUB_DISTRICT).seats(2)
            .role("Sindaco o Assessore").statedAs("2 Sindaci/Assessori per ogni sub ambito").build())
        .cadence(Cadence.builder().meetings(1).per(CadenceUnit.MONTH).statedAs("1 incontro al mese").build())
        .addPowers(Power.PROPOSES, Power.COORDINATES)
        .addMembers(BodyMember.builder().partyId(lead).role("Presidente").seatRuleId("chair").build());
    ImmutableGovernanceBody.Builder office = GovernanceBody.builder()
        .id("planning-office").kind(GovernanceBodyKind.PLANNING_OFFICE)
        .name("Ufficio di Piano").description(capitalised(words(30, 70)) + ".").coordinatorId(lead)
        .addSeatRules(SeatRule.builder().id("referents").basis(SeatBasis.PER_SUB_DISTRICT).seats(1)
            .role("referente").statedAs("1 referente per ognuno dei sub ambiti").build())
        .addSeatRules(SeatRule.builder().id("third-sector").basis(SeatBasis.PER_ORGANISATION_KIND).seats(1)
            .organisationKind(OrganisationKind.THIRD_SECTOR)
            .statedAs("1 componente per il terzo settore").build())
        .addPowers(Power.MANAGES, Power.COORDINATES)
        .addMembers(BodyMember.builder().partyId(ets).seatRuleId("third-sector").build());
    for (SubDistrict sub : subDistricts) {
      String representative = municipalities.stream()
          .filter(m -> m.subDistrictId().orElseThrow().equals(sub.id()))
          .findFirst().orElseThrow().id();
      for (int k = 0; k < 2; k++) {
        committee.addMembers(BodyMember.builder().partyId(representative)
            .role(k == 0 ? "Sindaco" : "Assessore").seatRuleId("per-sub").subDistrictId(sub.id()).build());
      }
      office.addMembers(BodyMember.builder().partyId(representative).role("referente")
          .seatRuleId("referents").subDistrictId(sub.id()).build());
    }
    GovernanceBody evaluation = GovernanceBody.builder()
        .id("evaluation-body").kind(GovernanceBodyKind.EVALUATION_BODY)
        .name("Organismo di valutazione").description(capitalised(words(30, 70)) + ".").addPowers(Power.EVALUATES).build();
    return ImmutableList.of(assembly.build(), committee.build(), office.build(), evaluation);
  }

  private static Organisation org(String id, String name, OrganisationKind kind) {
    return Organisation.builder().id(id).name(name).kind(kind).build();
  }

  private static List<MatrixAxisItem> axis(String prefix, String[] names) {
    List<MatrixAxisItem> items = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      items.add(MatrixAxisItem.of(prefix + "-" + i, names[i]));
    }
    return items;
  }

  private static DeclaredCount count(CountedSubject subject, int value, String noun) {
    return DeclaredCount.builder().subject(subject).value(value).statedAs(value + " " + noun).build();
  }

  private static List<Meeting> renumber(List<Meeting> meetings) {
    List<Meeting> renumbered = new ArrayList<>();
    for (int i = 0; i < meetings.size(); i++) {
      renumbered.add(Meeting.builder().from(meetings.get(i)).id("meeting-" + i).build());
    }
    return renumbered;
  }

  private String words(int min, int max) {
    int n = min + random.nextInt(max - min + 1);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
