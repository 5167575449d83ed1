package it.pianodizona.rules.spi;

/**
 * Nomi dei campi del piano: the field names of the plan's JSON form that rules point at, written
 * once. They are the model's attribute names (as the JSON mapping of plan-io writes them); a
 * property in plan-tests checks that every finding's pointer resolves in the JSON that
 * {@code PlanJson.write} produces, and a test that each name here is an attribute of the model,
 * so a renamed attribute breaks a test, not a pointer.
 *
 * <p>Build pointers with {@link Pointer}: {@code Pointer.root().item(OBJECTIVES, o).field(RESOURCES)}.
 */
public final class PlanFields {

  public static final String ACTIONS = "actions";
  public static final String ACTUALS = "actuals";
  public static final String ADHERENTS = "adherents";
  public static final String ADOPTS_PLAN_ID = "adoptsPlanId";
  public static final String AGREEMENT = "agreement";
  public static final String AMOUNT = "amount";
  public static final String ANNEXES = "annexes";
  public static final String BUDGET = "budget";
  public static final String CADENCE = "cadence";
  public static final String CALL_ID = "callId";
  public static final String CALLS = "calls";
  public static final String COLUMN_ID = "columnId";
  public static final String COLUMNS = "columns";
  public static final String COORDINATOR_ID = "coordinatorId";
  public static final String DATE = "date";
  public static final String DEADLINE = "deadline";
  public static final String DECLARED_COUNTS = "declaredCounts";
  public static final String DECLARED_SHARES = "declaredShares";
  public static final String DECLARED_TOTALS = "declaredTotals";
  public static final String DISTRICT = "district";
  public static final String DISTRICT_SOCIAL_SPENDING = "districtSocialSpending";
  public static final String DUE = "due";
  public static final String EXPRESSIONS_OF_INTEREST = "expressionsOfInterest";
  public static final String FORMULA = "formula";
  public static final String FUNDING_SOURCE = "fundingSource";
  public static final String GOVERNANCE_BODIES = "governanceBodies";
  public static final String GOVERNANCE_BODY_ID = "governanceBodyId";
  public static final String HEALTH_AUTHORITY_ID = "healthAuthorityId";
  public static final String ID = "id";
  public static final String INDICATORS = "indicators";
  public static final String ISSUER_ID = "issuerId";
  public static final String KIND = "kind";
  public static final String LEAD_MUNICIPALITY_ID = "leadMunicipalityId";
  public static final String ISTAT_CODE = "istatCode";
  public static final String LEAD_PARTY_ID = "leadPartyId";
  public static final String LEPS = "leps";
  public static final String LINES = "lines";
  public static final String MATRIX_CELL = "matrixCell";
  public static final String MEASUREMENTS = "measurements";
  public static final String MEETINGS = "meetings";
  public static final String MEMBERS = "members";
  public static final String MILESTONES = "milestones";
  public static final String MUNICIPALITIES = "municipalities";
  public static final String MUNICIPALITY_ID = "municipalityId";
  public static final String NAME = "name";
  public static final String NUMERATOR_OBJECTIVE_ID = "numeratorObjectiveId";
  public static final String OBJECTIVE_ID = "objectiveId";
  public static final String OBJECTIVES = "objectives";
  public static final String ORGANISATIONS = "organisations";
  public static final String PARTICIPANT_IDS = "participantIds";
  public static final String PARTICIPATION = "participation";
  public static final String PARTY_ID = "partyId";
  public static final String PERIOD = "period";
  public static final String PHASE_ID = "phaseId";
  public static final String PHASES = "phases";
  public static final String POLICY_AREA_IDS = "policyAreaIds";
  public static final String POLICY_AREAS = "policyAreas";
  public static final String POLICY_FRAMEWORK = "policyFramework";
  public static final String POPULATION = "population";
  public static final String POWERS = "powers";
  public static final String PREVIOUS_PLAN_OUTCOMES = "previousPlanOutcomes";
  public static final String PRIORITY_MATRIX = "priorityMatrix";
  public static final String RECEIVED_ON = "receivedOn";
  public static final String REFERENTS = "referents";
  public static final String RESOURCES = "resources";
  public static final String ROW_ID = "rowId";
  public static final String ROWS = "rows";
  public static final String RUNTS_SECTION = "runtsSection";
  public static final String SCHEDULED_FOR = "scheduledFor";
  public static final String SEAT_RULE_ID = "seatRuleId";
  public static final String SEAT_RULES = "seatRules";
  public static final String SIGNATORIES = "signatories";
  public static final String SIGNATURE_DATE = "signatureDate";
  public static final String SOCIAL_SERVICE_STAFF = "socialServiceStaff";
  public static final String START = "start";
  public static final String STARTING_FROM = "startingFrom";
  public static final String STRATEGIC_AREA_IDS = "strategicAreaIds";
  public static final String STRATEGIC_AREAS = "strategicAreas";
  public static final String SUB_DISTRICT_ID = "subDistrictId";
  public static final String SUB_DISTRICTS = "subDistricts";
  public static final String TARGET = "target";
  public static final String TARGET_GROUP_IDS = "targetGroupIds";
  public static final String TARGET_GROUPS = "targetGroups";
  public static final String UNIT = "unit";
  public static final String VALIDITY = "validity";
  public static final String VALUE = "value";
  public static final String WORK_TABLE_ID = "workTableId";
  public static final String WORK_TABLE_IDS = "workTableIds";
  public static final String WORK_TABLES = "workTables";
  public static final String YEAR = "year";

  // Appended for issue 16 (timeline, identity, plausibility rules).
  public static final String ADHERED_ON = "adheredOn";
  public static final String REQUESTED_ON = "requestedOn";
  public static final String ADOPTED_ON = "adoptedOn";
  public static final String ANNUAL_OPERATING_PLANS = "annualOperatingPlans";
  public static final String BASELINE = "baseline";
  public static final String SEATS = "seats";
  public static final String CODE = "code";
  public static final String PUBLICATION_DATE = "publicationDate";

  // Appended for the rest of issue 16 (legal form, approvals, period amounts).
  public static final String APPROVALS = "approvals";
  public static final String BODY_ID = "bodyId";
  public static final String SIGNED_ON = "signedOn";
  public static final String LEGAL_FORM = "legalForm";
  public static final String PERIOD_LINES = "periodLines";
  public static final String PERIOD_TOTALS = "periodTotals";
  public static final String PREDECESSOR = "predecessor";
  // Appended for issue 17 (schema 1.1: meetings, officials, owners, counts of one kind).
  public static final String END_TIME = "endTime";
  public static final String OFFICIALS = "officials";
  public static final String OWNER_PARTY_ID = "ownerPartyId";

  private PlanFields() {}
}
