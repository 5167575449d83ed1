package it.pianodizona.corpus;

import static it.pianodizona.corpus.CorpusCase.Edit.append;
import static it.pianodizona.corpus.CorpusCase.Edit.remove;
import static it.pianodizona.corpus.CorpusCase.Edit.set;

import com.google.common.collect.ImmutableList;
import it.pianodizona.corpus.CorpusCase.Edit;
import java.util.List;
import java.util.Optional;

/**
 * Corpus di difetti: single-defect variants of the bundled real plans (examples/plans), each with
 * the rule and path a regional reviewer would expect and the reason it is a defect, and
 * tricky-but-valid variants (blank cells, boundary dates, partial lists, drafts, extended
 * deadlines) that must get no ERROR.
 *
 * <p>The defects are illustrative: typos, swapped digits, wrong kinds and out-of-order dates of
 * the kind real documents contain, applied to the real plans; organisation names added by an
 * edit ("Servizi Assistenziali S.p.A.", "Koala cooperativa sociale") are illustrative too and
 * name no real body. The law each case rests on is in its reason.
 */
final class DefectCorpus {

  static final String CREMA = "crema-2015-2017.json";
  static final String OGLIO_PO = "oglio-po-2021-2023.json";
  static final String FASANO = "fasano-2022-2024.json";
  static final String EMILIA = "emilia-romagna-district.json";

  private DefectCorpus() {}

  private static CorpusCase d(String name, String plan, String rule, String path, String reason, Edit... edits) {
    return new CorpusCase(name, plan, List.of(edits), Optional.of(rule), Optional.of(path), reason);
  }

  private static CorpusCase v(String name, String plan, String reason, Edit... edits) {
    return new CorpusCase(name, plan, List.of(edits), Optional.empty(), Optional.empty(), reason);
  }

  private static final String OGLIO_CALL = "avviso-casalasco-2021";

  private static String interest(String party, String receivedOn) {
    return "{\"id\":\"mi-1\",\"callId\":\"" + OGLIO_CALL + "\",\"partyId\":\"" + party + "\""
        + (receivedOn.isEmpty() ? "" : ",\"receivedOn\":\"" + receivedOn + "\"") + "}";
  }

  static List<CorpusCase> all() {
    return ImmutableList.<CorpusCase>builder()
        // Budget: the sums a reviewer redoes with a calculator.
        .add(d("budget-line-typo", CREMA, "BUDGET_TOTAL_MISMATCH", "/budget/declaredTotals/0",
            "an addend of 2015 mistyped (16,000 for 15,000): the printed total no longer adds up",
            set("/budget/lines/0/amount", "16000")))
        .add(d("budget-total-swapped-digits", CREMA, "BUDGET_TOTAL_MISMATCH", "/budget/declaredTotals/1",
            "the 2016 total printed with two digits swapped (7,056,488.22)",
            set("/budget/declaredTotals/1/amount", "7056488.22")))
        .add(d("budget-total-decimal-shift", CREMA, "BUDGET_TOTAL_MISMATCH", "/budget/declaredTotals/2",
            "the 2017 total with the decimal separator misplaced",
            set("/budget/declaredTotals/2/amount", "806548.82")))
        .add(d("budget-negative-line", CREMA, "BUDGET_NEGATIVE_AMOUNT", "/budget/lines/4/amount",
            "a spending line cannot be negative: a minus sign carried over from a variance column",
            set("/budget/lines/4/amount", "-15000")))
        .add(d("budget-line-after-period", CREMA, "BUDGET_LINE_OUTSIDE_PLAN_PERIOD", "/budget/lines/0/year",
            "a budget line for 2018, after the plan's period (2015-2017)",
            set("/budget/lines/0/year", "2018")))
        .add(d("share-wrong", CREMA, "DECLARED_SHARE_MISMATCH", "/budget/declaredShares/2/value",
            "the 2017 share printed as 54% where the total over the social spending is 44.81%",
            set("/budget/declaredShares/2/value", "54")))
        .add(d("share-swapped", CREMA, "DECLARED_SHARE_MISMATCH", "/budget/declaredShares/0/value",
            "29% printed as 92%",
            set("/budget/declaredShares/0/value", "92")))
        .add(d("social-spending-zero-dropped", CREMA, "BUDGET_EXCEEDS_SOCIAL_SPENDING",
            "/budget/districtSocialSpending/2/amount",
            "the district social spending with a zero dropped (1,800,000): the jointly managed budget would exceed it",
            set("/budget/districtSocialSpending/2/amount", "1800000")))
        .add(d("actuals-total-wrong", CREMA, "ACTUALS_TOTAL_MISMATCH", "/budget/actuals/declaredTotals/0",
            "the 2012 actuals total mistyped",
            set("/budget/actuals/declaredTotals/0/amount", "5332683.80")))
        .add(d("budget-year-missing", CREMA, "BUDGET_YEAR_MISSING", "/budget/lines",
            "the 2016 column copied as 2015: no budget line for 2016 (L. 328/2000 art. 19 c.1 lett. b)",
            set("/budget/lines/1/year", "2015"), set("/budget/lines/4/year", "2015"), set("/budget/lines/7/year", "2015"),
            set("/budget/lines/10/year", "2015"), set("/budget/lines/13/year", "2015"), set("/budget/lines/16/year", "2015"),
            set("/budget/lines/19/year", "2015"), set("/budget/lines/22/year", "2015"), set("/budget/lines/25/year", "2015"),
            set("/budget/lines/28/year", "2015")))
        .add(d("resources-without-budget", CREMA, "OBJECTIVE_RESOURCES_WITHOUT_BUDGET", "/objectives/0/resources",
            "objective 1 speaks of resources but its lines were assigned to objective 2 in the table",
            set("/budget/lines/0/objectiveId", "\"obj-2\""), set("/budget/lines/1/objectiveId", "\"obj-2\""),
            set("/budget/lines/2/objectiveId", "\"obj-2\"")))
        .add(d("budget-unknown-objective", CREMA, "UNKNOWN_OBJECTIVE", "/budget/lines/0/objectiveId",
            "a budget line for objective 11 of a plan with ten objectives",
            set("/budget/lines/0/objectiveId", "\"obj-11\"")))
        // Indicators: bounds, units, dates.
        .add(d("target-percentage-over-100", CREMA, "TARGET_PERCENTAGE_OUT_OF_RANGE", "/objectives/0/indicators/3/target",
            "a percentage target of 110%",
            set("/objectives/0/indicators/3/target/min", "110")))
        .add(d("target-min-above-max", CREMA, "TARGET_MIN_ABOVE_MAX", "/objectives/0/indicators/4/target",
            "\"almeno 5/10\" transcribed as 10 to 5",
            set("/objectives/0/indicators/4/target/min", "10"), set("/objectives/0/indicators/4/target/max", "5")))
        .add(d("target-negative", CREMA, "TARGET_NEGATIVE_BOUND", "/objectives/0/indicators/2/target",
            "a count target of -3 reports",
            set("/objectives/0/indicators/2/target/min", "-3")))
        .add(d("baseline-percentage-150", CREMA, "BASELINE_PERCENTAGE_OUT_OF_RANGE", "/objectives/0/indicators/3/baseline",
            "a percentage baseline of 150%: a count written in the percentage column",
            set("/objectives/0/indicators/3/baseline", "150")))
        .add(d("baseline-percentage-negative", CREMA, "BASELINE_PERCENTAGE_OUT_OF_RANGE", "/objectives/1/indicators/0/baseline",
            "a percentage baseline of -5%",
            set("/objectives/1/indicators/0/baseline", "-5")))
        .add(d("objective-without-indicator", CREMA, "OBJECTIVE_WITHOUT_INDICATOR", "/objectives/9",
            "objective 10 states no indicator: its evaluation cannot be checked (L. 328/2000 art. 19 c.1)",
            set("/objectives/9/indicators", "[]")))
        .add(d("target-deadline-after-period", CREMA, "TARGET_DATE_OUTSIDE_PLAN_PERIOD", "/objectives/0/indicators/2/target/deadline",
            "a target due in June 2019, after the plan ends",
            set("/objectives/0/indicators/2/target/deadline", "\"2019-06\"")))
        .add(d("measurement-after-period", CREMA, "MEASUREMENT_OUTSIDE_PLAN_PERIOD", "/objectives/0/indicators/2/measurements/0/date",
            "a measurement dated 2019 in a 2015-2017 plan",
            append("/objectives/0/indicators/2/measurements", "{\"date\":\"2019\",\"value\":3}")))
        .add(d("formula-year-after-period", CREMA, "FORMULA_YEAR_OUTSIDE_PLAN_PERIOD", "/objectives/6/indicators/1/formula/year",
            "a budget formula on 2019, outside the plan",
            set("/objectives/6/indicators/1/formula/year", "2019")))
        .add(d("formula-unit-count", CREMA, "BUDGET_FORMULA_UNIT_MISMATCH", "/objectives/6/indicators/1/unit",
            "a share of spending recorded as a count",
            set("/objectives/6/indicators/1/unit", "\"count\"")))
        // Milestones and actions against the period.
        .add(d("milestone-before-period", CREMA, "MILESTONE_OUTSIDE_PLAN_PERIOD", "/objectives/0/milestones/0/due",
            "\"entro settembre 2014\": before the plan starts",
            set("/objectives/0/milestones/0/due", "\"2014-09\"")))
        .add(d("milestone-after-period", CREMA, "MILESTONE_OUTSIDE_PLAN_PERIOD", "/objectives/6/milestones/0/due",
            "a milestone in March 2018, after the plan ends",
            set("/objectives/6/milestones/0/due", "\"2018-03\"")))
        .add(d("action-after-period", CREMA, "ACTION_OUTSIDE_PLAN_PERIOD", "/objectives/0/actions/0/scheduledFor",
            "an action scheduled for 2019",
            set("/objectives/0/actions/0/scheduledFor", "\"2019\"")))
        // Identity of what people read.
        .add(d("objective-code-repeated", CREMA, "OBJECTIVE_CODE_DUPLICATE", "/objectives/7/code",
            "two objectives numbered 7: the eighth was renumbered by mistake",
            set("/objectives/7/code", "\"7\"")))
        .add(d("objective-code-punctuation", CREMA, "OBJECTIVE_CODE_DUPLICATE", "/objectives/9/code",
            "\"1.\" and \"1\" are the same code to a reader",
            set("/objectives/9/code", "\"1.\"")))
        .add(d("objective-id-repeated", CREMA, "DUPLICATE_ID", "/objectives/1/id",
            "two objectives with the id obj-1",
            set("/objectives/1/id", "\"obj-1\"")))
        .add(d("organisation-twice-acronym", CREMA, "ORGANISATION_DUPLICATE", "/organisations/13/name",
            "the ASL listed again as \"A.S.L. di Cremona\" under another id",
            append("/organisations", "{\"id\":\"asl-cr\",\"name\":\"A.S.L. di Cremona\",\"kind\":\"health_authority\"}")))
        .add(d("organisation-twice-case", CREMA, "ORGANISATION_DUPLICATE", "/organisations/13/name",
            "the Provincia listed again in lower case",
            append("/organisations", "{\"id\":\"provincia-cr\",\"name\":\"amministrazione provinciale\",\"kind\":\"province\"}")))
        .add(d("municipality-twice", CREMA, "DUPLICATE_MUNICIPALITY", "/district/municipalities/1",
            "Crema listed twice, under two ids",
            append("/district/municipalities", "{\"id\":\"comune-crema-bis\",\"name\":\"Crema\",\"istatCode\":\"019035\"}")))
        .add(d("municipality-twice-oglio", OGLIO_PO, "DUPLICATE_MUNICIPALITY", "/district/municipalities/2",
            "Casalmaggiore listed again under another id",
            append("/district/municipalities", "{\"id\":\"comune-casalmaggiore-bis\",\"name\":\"Casalmaggiore\",\"istatCode\":\"019021\"}")))
        .add(d("organisation-twice-oglio", OGLIO_PO, "ORGANISATION_DUPLICATE", "/organisations/4/name",
            "\"A.T.S. Val Padana\" is the ATS Val Padana already listed",
            append("/organisations", "{\"id\":\"ats\",\"name\":\"A.T.S. Val Padana\",\"kind\":\"health_authority\"}")))
        // Legal form.
        .add(d("forum-srl", CREMA, "FOR_PROFIT_AS_THIRD_SECTOR", "/organisations/11/name",
            "a third-sector entity named as an S.r.l.: a company is an ETS only as a social enterprise (CTS art. 4, D.Lgs. 112/2017)",
            set("/organisations/11/name", "\"Forum Locale del Terzo Settore S.r.l.\"")))
        .add(d("spa-as-ets", CREMA, "FOR_PROFIT_AS_THIRD_SECTOR", "/organisations/13/name",
            "an S.p.A. recorded as an ETS of kind other_entity",
            append("/organisations", "{\"id\":\"servizi-spa\",\"name\":\"Servizi Assistenziali S.p.A.\",\"kind\":\"third_sector\",\"thirdSectorKind\":\"other_entity\"}")))
        .add(d("snc-as-ets", CREMA, "FOR_PROFIT_AS_THIRD_SECTOR", "/organisations/13/name",
            "an S.n.c. recorded as a voluntary organisation",
            append("/organisations", "{\"id\":\"rossi-snc\",\"name\":\"Rossi e Bianchi snc\",\"kind\":\"third_sector\",\"thirdSectorKind\":\"voluntary_organisation\"}")))
        .add(d("runts-section-wrong", CREMA, "RUNTS_SECTION_MISMATCH", "/organisations/11/runtsSection",
            "a voluntary organisation enrolled in the section of social enterprises (CTS art. 46)",
            set("/organisations/11/thirdSectorKind", "\"voluntary_organisation\""),
            set("/organisations/11/runtsSection", "\"social_enterprises\"")))
        // Agreement and eligibility.
        .add(d("health-authority-not-signing", CREMA, "HEALTH_AUTHORITY_NOT_SIGNATORY", "/agreement/signatories",
            "the ASL does not sign the agreement (L. 328/2000 art. 19 c.2)",
            remove("/agreement/signatories/1")))
        .add(d("lead-municipality-not-signing", CREMA, "MUNICIPALITY_NOT_SIGNATORY", "/agreement/signatories",
            "Crema, a member municipality, does not sign",
            remove("/agreement/signatories/0")))
        .add(d("forum-signs", CREMA, "SIGNATORY_NOT_PUBLIC_BODY", "/agreement/signatories/2",
            "the Forum del Terzo Settore signs: third-sector bodies adhere, they do not sign (art. 19 c.2-3)",
            append("/agreement/signatories", "{\"partyId\":\"forum-terzo-settore\"}")))
        .add(d("province-adheres", CREMA, "PUBLIC_BODY_ADHERES", "/agreement/adherents/0",
            "the Provincia listed among adherents: a public body signs",
            append("/agreement/adherents", "{\"partyId\":\"provincia\"}")))
        .add(d("foundation-adheres", CREMA, "ADHERENT_NOT_THIRD_SECTOR", "/agreement/adherents/0",
            "Fondazione Cariplo, not an ETS as recorded, listed as adherent",
            append("/agreement/adherents", "{\"partyId\":\"fondazione-cariplo\"}")))
        .add(d("union-adheres", CREMA, "ADHERENT_EXCLUDED_KIND", "/agreement/adherents/0",
            "a trade union adheres as a third-sector body: CTS art. 4 c.2 excludes it",
            append("/organisations", "{\"id\":\"cgil\",\"name\":\"CGIL Cremona\",\"kind\":\"trade_union\"}"),
            append("/agreement/adherents", "{\"partyId\":\"cgil\"}")))
        .add(d("agreement-adopts-predecessor", CREMA, "AGREEMENT_ADOPTS_OTHER_PLAN", "/agreement/adoptsPlanId",
            "the agreement copied from the previous plan still adopts it",
            set("/agreement/adoptsPlanId", "\"crema-2012-2014\"")))
        .add(d("agreement-validity-shorter", CREMA, "AGREEMENT_VALIDITY_MISMATCH", "/agreement/validity",
            "the agreement ends in 2016, a year before the plan it puts in force (art. 19 c.2)",
            set("/agreement/validity/end", "\"2016-12-31\"")))
        .add(d("agreement-signed-after-period", CREMA, "TIMELINE_OUT_OF_ORDER", "/agreement/signatureDate",
            "signature dated 2018, after the plan it puts in force has ended",
            set("/agreement/signatureDate", "\"2018-02-01\"")))
        .add(d("adherence-before-signature", CREMA, "TIMELINE_OUT_OF_ORDER", "/agreement/adherents/0/adheredOn",
            "an adherence dated before the agreement was signed",
            set("/organisations/11/thirdSectorKind", "\"associative_network\""),
            append("/agreement/adherents", "{\"partyId\":\"forum-terzo-settore\",\"adheredOn\":\"2015-03-01\"}")))
        .add(d("adherence-before-request", CREMA, "TIMELINE_OUT_OF_ORDER", "/agreement/adherents/0/adheredOn",
            "adherence granted before it was requested (art. 19 c.3: adherence on request)",
            append("/agreement/adherents", "{\"partyId\":\"forum-terzo-settore\",\"requestedOn\":\"2015-06-10\",\"adheredOn\":\"2015-06-01\"}")))
        .add(d("signatory-unknown", CREMA, "UNKNOWN_PARTY", "/agreement/signatories/0/partyId",
            "a signatory id that names no party of the plan",
            set("/agreement/signatories/0/partyId", "\"comune-offanengo\"")))
        .add(d("lead-unknown", CREMA, "UNKNOWN_PARTY", "/agreement/leadPartyId",
            "the lead party names no party of the plan",
            set("/agreement/leadPartyId", "\"comune-cremona\"")))
        .add(d("operating-plan-late", CREMA, "TIMELINE_OUT_OF_ORDER", "/annualOperatingPlans/0/adoptedOn",
            "the 2015 operating plan adopted in 2016",
            set("/annualOperatingPlans/0/adoptedOn", "\"2016-03-01\"")))
        .add(d("predecessor-overlaps", CREMA, "PLAN_STARTS_BEFORE_PREDECESSOR_END", "/period/start",
            "the predecessor runs to June 2015, past this plan's start",
            set("/predecessor/period/end", "\"2015-06-30\"")))
        // Governance.
        .add(d("member-wrong-kind", CREMA, "MEMBER_KIND_MISMATCH", "/governanceBodies/2/members/1",
            "the ASL seated on the voluntary organisations' seat",
            append("/governanceBodies/2/members", "{\"partyId\":\"asl-cremona\",\"seatRuleId\":\"sr-udp-volontariato\"}")))
        .add(d("seat-rule-zero", CREMA, "SEAT_RULE_WITHOUT_SEATS", "/governanceBodies/2/seatRules/2/seats",
            "\"1 componente per le associazioni di volontariato\" transcribed with 0 seats",
            set("/governanceBodies/2/seatRules/2/seats", "0")))
        .add(d("named-seat-twice", CREMA, "SEAT_COUNT_MISMATCH", "/governanceBodies/1/seatRules/0",
            "two members on Crema's single named seat",
            append("/governanceBodies/1/members", "{\"partyId\":\"comune-crema\",\"seatRuleId\":\"sr-cr-crema\",\"role\":\"Assessore\"}")))
        .add(d("no-deciding-body", CREMA, "DECISION_BODY_MISSING", "/governanceBodies",
            "the Assemblea dei Sindaci loses its power to decide: no body approves the plan",
            set("/governanceBodies/0/powers", "[]")))
        .add(d("assembly-member-asl", CREMA, "ASSEMBLY_MEMBER_NOT_MUNICIPALITY", "/governanceBodies/0/members/0",
            "the ASL listed as a member of the Assemblea dei Sindaci",
            append("/governanceBodies/0/members", "{\"partyId\":\"asl-cremona\"}")))
        .add(d("body-member-unknown", CREMA, "UNKNOWN_PARTY", "/governanceBodies/3/members/0/partyId",
            "a Cabina di Regia member that names no party",
            set("/governanceBodies/3/members/0/partyId", "\"comune-ghost\"")))
        .add(d("seats-without-members", CREMA, "BODY_SEATS_WITHOUT_MEMBERS", "/governanceBodies/4/members",
            "an Organismo di Valutazione with a chair declared and no member listed",
            set("/governanceBodies/4/seatRules", "[{\"id\":\"sr-ov-pres\",\"basis\":\"chair\",\"seats\":1,\"statedAs\":\"un presidente\"}]")))
        // Participation and the calendar.
        .add(d("meeting-sunday", CREMA, "MEETING_ON_HOLIDAY", "/participation/meetings/8/date",
            "a working-group meeting dated Sunday 8 March 2015 (typo for 4 March)",
            set("/participation/meetings/8/date", "\"2015-03-08\"")))
        .add(d("meeting-easter-monday", CREMA, "MEETING_ON_HOLIDAY", "/participation/meetings/12/date",
            "a meeting on Easter Monday 2015 (6 April)",
            set("/participation/meetings/12/date", "\"2015-04-06\"")))
        .add(d("meeting-liberation-day", CREMA, "MEETING_ON_HOLIDAY", "/participation/meetings/19/date",
            "a meeting on 25 April",
            set("/participation/meetings/19/date", "\"2015-04-25\"")))
        .add(d("meeting-republic-day", CREMA, "MEETING_ON_HOLIDAY", "/participation/meetings/0/date",
            "a meeting on 2 June",
            set("/participation/meetings/0/date", "\"2015-06-02\"")))
        .add(d("meeting-unknown-table", CREMA, "UNKNOWN_WORK_TABLE", "/participation/meetings/4/workTableId",
            "a meeting of a table the plan does not list",
            set("/participation/meetings/4/workTableId", "\"gruppo-inesistente\"")))
        .add(d("meeting-unknown-body", CREMA, "UNKNOWN_GOVERNANCE_REFERENCE", "/participation/meetings/0/governanceBodyId",
            "a meeting of a body the plan does not list",
            set("/participation/meetings/0/governanceBodyId", "\"consulta\"")))
        .add(d("plenary-missing", CREMA, "PLENARY_COUNT_MISMATCH", "/declaredCounts/1",
            "three open meetings declared, two listed",
            remove("/participation/meetings/15")))
        .add(d("objective-unknown-table", CREMA, "UNKNOWN_WORK_TABLE", "/objectives/0/workTableIds/0",
            "an objective tied to a table the plan does not list",
            set("/objectives/0/workTableIds", "[\"tavolo-x\"]")))
        // Territory.
        .add(d("istat-code-unknown", CREMA, "UNKNOWN_ISTAT_CODE", "/district/municipalities/0/istatCode",
            "an ISTAT code that does not exist",
            set("/district/municipalities/0/istatCode", "\"019999\"")))
        .add(d("istat-code-other-region", CREMA, "MUNICIPALITY_OUTSIDE_REGION", "/district/municipalities/0/istatCode",
            "the code of Torino in a Lombardia district",
            set("/district/municipalities/0/istatCode", "\"001272\"")))
        .add(d("istat-name-wrong", CREMA, "ISTAT_NAME_MISMATCH", "/district/municipalities/0/istatCode",
            "Crema's code with the name Cremona",
            set("/district/municipalities/0/name", "\"Cremona\"")))
        .add(d("health-authority-unknown", CREMA, "UNKNOWN_PARTY", "/district/healthAuthorityId",
            "the district's health authority names no organisation",
            set("/district/healthAuthorityId", "\"ats-valpadana\"")))
        // The call and its timeline (Oglio Po).
        .add(d("call-deadline-before-publication", OGLIO_PO, "CALL_DEADLINE_BEFORE_PUBLICATION", "/participation/calls/0/deadline",
            "the call expires on 1 September and is published on the 2nd",
            set("/participation/calls/0/deadline", "\"2021-09-01\""),
            set("/participation/calls/0/annexes/0/deadline", "\"2021-09-01\"")))
        .add(d("annex-before-publication", OGLIO_PO, "ANNEX_DEADLINE_BEFORE_PUBLICATION", "/participation/calls/0/annexes/0/deadline",
            "the application form due before the call is published",
            set("/participation/calls/0/annexes/0/deadline", "\"2021-08-30\"")))
        .add(d("application-after-deadline", OGLIO_PO, "APPLICATION_FORM_DEADLINE_AFTER_CALL_DEADLINE",
            "/participation/calls/0/annexes/0/deadline",
            "the application form due after the call closes",
            set("/participation/calls/0/annexes/0/deadline", "\"2021-09-15\"")))
        .add(d("survey-after-first-meeting", OGLIO_PO, "SURVEY_FORM_DEADLINE_AFTER_FIRST_MEETING",
            "/participation/calls/0/annexes/1/deadline",
            "the survey form due after the first meeting it should feed",
            set("/participation/calls/0/annexes/1/deadline", "\"2021-10-05\"")))
        .add(d("meeting-before-deadline", OGLIO_PO, "MEETING_BEFORE_CALL_DEADLINE", "/participation/meetings/1/date",
            "a table meets before the call for participants has closed",
            set("/participation/meetings/1/date", "\"2021-09-08\"")))
        .add(d("interest-late", OGLIO_PO, "EXPRESSION_OF_INTEREST_AFTER_DEADLINE",
            "/participation/expressionsOfInterest/0/receivedOn",
            "an expression of interest received after the deadline of 10 September",
            append("/participation/expressionsOfInterest", interest("asst-cremona", "2021-09-15"))))
        .add(d("interest-before-call", OGLIO_PO, "TIMELINE_OUT_OF_ORDER", "/participation/expressionsOfInterest/0/receivedOn",
            "an expression of interest received before the call was published",
            append("/participation/expressionsOfInterest", interest("asst-cremona", "2021-08-30"))))
        .add(d("interest-ineligible", OGLIO_PO, "EXPRESSION_OF_INTEREST_INELIGIBLE_KIND", "/participation/expressionsOfInterest/0",
            "the ATS answers a call restricted to third-sector bodies and schools",
            set("/participation/calls/0/eligibleApplicantKinds", "[\"third_sector\",\"school\"]"),
            append("/participation/expressionsOfInterest", interest("ats-val-padana", "2021-09-05"))))
        .add(d("interest-unknown-party", OGLIO_PO, "UNKNOWN_PARTY", "/participation/expressionsOfInterest/0/partyId",
            "an expression of interest from a party the plan does not list",
            append("/participation/expressionsOfInterest", interest("coop-ignota", "2021-09-05"))))
        .add(d("interest-unknown-call", OGLIO_PO, "UNKNOWN_PARTICIPATION_ITEM", "/participation/expressionsOfInterest/0/callId",
            "an expression of interest answering a call the plan does not list",
            append("/participation/expressionsOfInterest",
                "{\"id\":\"mi-1\",\"callId\":\"avviso-2020\",\"partyId\":\"asst-cremona\",\"receivedOn\":\"2021-09-05\"}")))
        .add(d("meeting-outside-phase", OGLIO_PO, "MEETING_OUTSIDE_PHASE", "/participation/meetings/6/date",
            "a first-phase table meeting in January 2022, after the phase (October-December)",
            set("/participation/meetings/6/date", "\"2022-01-20\"")))
        .add(d("table-meeting-missing", OGLIO_PO, "TABLE_MEETING_COUNT_MISMATCH", "/declaredCounts/6",
            "two meetings per table declared, the minori table has one",
            remove("/participation/meetings/5")))
        .add(d("plenary-extra", OGLIO_PO, "PLENARY_COUNT_MISMATCH", "/declaredCounts/5",
            "about two plenaries declared, three listed",
            append("/participation/meetings", "{\"id\":\"plenaria-dicembre\",\"workTableId\":\"plenaria-oglio-po\",\"phaseId\":\"prima-fase\",\"date\":\"2021-12\"}")))
        .add(d("meeting-sunday-oglio", OGLIO_PO, "MEETING_ON_HOLIDAY", "/participation/meetings/2/date",
            "a table meeting dated Sunday 3 October 2021",
            set("/participation/meetings/2/date", "\"2021-10-03\"")))
        .add(d("chair-twice", OGLIO_PO, "SEAT_COUNT_MISMATCH", "/governanceBodies/1/seatRules/0",
            "two chairs of the Coordinamento tecnico-politico",
            set("/governanceBodies/1/members", "[{\"partyId\":\"comune-calvatone\",\"seatRuleId\":\"sr-ctp-presidente\"},"
                + "{\"partyId\":\"comune-casalmaggiore\",\"seatRuleId\":\"sr-ctp-presidente\"}]")))
        .add(d("agreement-adopts-other-oglio", OGLIO_PO, "AGREEMENT_ADOPTS_OTHER_PLAN", "/agreement/adoptsPlanId",
            "the announced agreement adopts the 2018-2020 plan",
            set("/agreement/adoptsPlanId", "\"oglio-po-2018-2020\"")))
        .add(d("period-off-cycle-oglio", OGLIO_PO, "PLAN_PERIOD_OFF_CYCLE", "/period",
            "a Lombardia plan for 2022-2024, off the regional 2021-2023 cycle",
            set("/period/start", "\"2022-01-01\""), set("/period/end", "\"2024-12-31\"")))
        .add(d("period-off-cycle-fasano", FASANO, "PLAN_PERIOD_OFF_CYCLE", "/period",
            "a Puglia plan to 2025, off the V Piano regionale 2022-2024",
            set("/period/end", "\"2025-12-31\"")))
        .add(d("fasano-plenary-extra", FASANO, "PLENARY_COUNT_MISMATCH", "/declaredCounts/1",
            "one plenary session declared, two listed",
            append("/participation/meetings", "{\"id\":\"pl-1\",\"workTableId\":\"sessione-plenaria\",\"date\":\"2022-09-12\"}"),
            append("/participation/meetings", "{\"id\":\"pl-2\",\"workTableId\":\"sessione-plenaria\",\"date\":\"2022-10-10\"}")))
        .add(d("fasano-interest-ineligible", FASANO, "EXPRESSION_OF_INTEREST_INELIGIBLE_KIND", "/participation/expressionsOfInterest/0",
            "a trade union answers a call open to public bodies and third-sector entities",
            append("/organisations", "{\"id\":\"uil\",\"name\":\"UIL Brindisi\",\"kind\":\"trade_union\"}"),
            append("/participation/expressionsOfInterest",
                "{\"id\":\"mi-1\",\"callId\":\"manifestazione-interesse-2022\",\"partyId\":\"uil\",\"receivedOn\":\"2022-07-20\"}")))
        .add(d("fasano-interest-late", FASANO, "EXPRESSION_OF_INTEREST_AFTER_DEADLINE", "/participation/expressionsOfInterest/0/receivedOn",
            "received on 2 August, after the deadline of 31 July 2022",
            append("/participation/expressionsOfInterest",
                "{\"id\":\"mi-1\",\"callId\":\"manifestazione-interesse-2022\",\"partyId\":\"ciisaf\",\"receivedOn\":\"2022-08-02\"}")))
        .add(d("emilia-twice", EMILIA, "DUPLICATE_ID", "/governanceBodies/1/id",
            "the same body listed twice with one id",
            append("/governanceBodies", "{\"id\":\"ufficio-di-piano\",\"kind\":\"working_group\",\"name\":\"Copia\"}")))
        .add(v("agreement-validity-longer", CREMA, "an agreement in force beyond the plan (prorogatio until the next plan) is not a defect",
            set("/agreement/validity/end", "\"2018-12-31\"")))
        .add(v("plan-starts-mid-year", OGLIO_PO, "a plan of the 2021-2023 cycle that starts in March: the cycle is by years",
            set("/period/start", "\"2021-03-01\"")))
        .add(d("ets-not-enrolled-2023", OGLIO_PO, "ADHERENT_NOT_ENROLLED_AFTER_TRANSFER", "/agreement/adherents/0",
            "a voluntary organisation adheres in January 2023 with no RUNTS section, after the transfer of the regional registers ended (CTS artt. 54, 101)",
            append("/organisations", "{\"id\":\"odv-illustrativa\",\"name\":\"Associazione di volontariato (illustrativa)\",\"kind\":\"third_sector\",\"thirdSectorKind\":\"voluntary_organisation\"}"),
            append("/agreement/adherents", "{\"partyId\":\"odv-illustrativa\",\"adheredOn\":\"2023-01-10\"}")))
        .add(v("ets-adheres-during-transfer", OGLIO_PO, "an ODV adhering in June 2022, while the regional registers were being transferred: an INFO only",
            append("/organisations", "{\"id\":\"odv-illustrativa\",\"name\":\"Associazione di volontariato (illustrativa)\",\"kind\":\"third_sector\",\"thirdSectorKind\":\"voluntary_organisation\"}"),
            append("/agreement/adherents", "{\"partyId\":\"odv-illustrativa\",\"adheredOn\":\"2022-06-10\"}")))
        // Tricky but valid: no ERROR.
        .add(v("blank-budget-cell", CREMA, "a budget cell left blank is unknown, not zero: the total cannot be verified, not wrong",
            remove("/budget/lines/5/amount")))
        .add(v("two-blank-cells", CREMA, "blank cells in two years",
            remove("/budget/lines/0/amount"), remove("/budget/lines/10/amount")))
        .add(v("blank-objective-line-and-share", CREMA, "a blank cell in 2017, whose share is declared: the share is unverifiable",
            remove("/budget/lines/29/amount")))
        .add(v("no-declared-totals", CREMA, "a budget with lines and no printed totals (partial list)",
            set("/budget/declaredTotals", "[]")))
        .add(v("meeting-saturday", CREMA, "a meeting on a Saturday is a working day for associations",
            set("/participation/meetings/13/date", "\"2015-04-11\"")))
        .add(v("meeting-after-easter-monday", CREMA, "Tuesday 7 April 2015 is not a holiday",
            set("/participation/meetings/13/date", "\"2015-04-07\"")))
        .add(v("meeting-month-only", CREMA, "a meeting known only to the month",
            set("/participation/meetings/13/date", "\"2015-04\"")))
        .add(v("milestone-last-month", CREMA, "a milestone in the plan's last month",
            set("/objectives/0/milestones/0/due", "\"2017-12\"")))
        .add(v("milestone-first-month", CREMA, "a milestone in the plan's first month",
            set("/objectives/0/milestones/0/due", "\"2015-05\"")))
        .add(v("social-cooperative-srl", CREMA, "a social cooperative \"a r.l.\" is a third-sector entity (D.Lgs. 112/2017 art. 1 c.4)",
            append("/organisations", "{\"id\":\"koala\",\"name\":\"Koala Società Cooperativa Sociale a r.l.\",\"kind\":\"third_sector\",\"thirdSectorKind\":\"social_cooperative\",\"runtsSection\":\"social_enterprises\"}")))
        .add(v("social-enterprise-srl", CREMA, "an S.r.l. impresa sociale is a third-sector entity (D.Lgs. 112/2017)",
            append("/organisations", "{\"id\":\"alfa\",\"name\":\"Alfa S.r.l. Impresa Sociale\",\"kind\":\"third_sector\",\"thirdSectorKind\":\"social_enterprise\",\"runtsSection\":\"social_enterprises\"}")))
        .add(v("baseline-boundaries", CREMA, "percentage baselines of 0 and 100 are within bounds",
            set("/objectives/0/indicators/3/baseline", "100"), set("/objectives/1/indicators/0/baseline", "0")))
        .add(v("partial-members-chair-only", OGLIO_PO, "one member tied to the chair of a body whose other seats are not listed: no warning for each other seat",
            set("/governanceBodies/1/members", "[{\"partyId\":\"comune-calvatone\",\"seatRuleId\":\"sr-ctp-presidente\"}]")))
        .add(v("asst-answers-public-call", OGLIO_PO, "an ASST is a public administration: eligible for a call open to public bodies",
            append("/participation/expressionsOfInterest", interest("asst-cremona", "2021-09-06"))))
        .add(v("interest-on-deadline-day", OGLIO_PO, "received on the deadline day itself",
            append("/participation/expressionsOfInterest", interest("ats-val-padana", "2021-09-10"))))
        .add(v("interest-on-publication-day", OGLIO_PO, "received on the day the call is published",
            append("/participation/expressionsOfInterest", interest("concass", "2021-09-02"))))
        .add(v("extended-deadline", OGLIO_PO, "the deadline extended to 17 September, an interest received on the 15th",
            set("/participation/calls/0/deadline", "\"2021-09-17\""),
            append("/participation/expressionsOfInterest", interest("asst-cremona", "2021-09-15"))))
        .add(v("draft-without-agreement", OGLIO_PO, "a plan in consultation without an agreement yet",
            remove("/agreement")))
        .add(v("meeting-saturday-oglio", OGLIO_PO, "a table meeting on Saturday 2 October 2021",
            set("/participation/meetings/3/date", "\"2021-10-02\"")))
        .add(v("municipality-answers-fasano", FASANO, "a municipality answers a call open to public bodies",
            append("/participation/expressionsOfInterest",
                "{\"id\":\"mi-1\",\"callId\":\"manifestazione-interesse-2022\",\"partyId\":\"comune-fasano\",\"receivedOn\":\"2022-07-31\"}")))
        .add(v("adherence-on-signature-day", CREMA, "an adherence on the day of the signature",
            append("/agreement/adherents", "{\"partyId\":\"forum-terzo-settore\",\"adheredOn\":\"2015-04-30\"}")))
        .add(v("operating-plan-adopted-in-year", CREMA, "the 2015 operating plan adopted on 31 December 2015",
            set("/annualOperatingPlans/0/adoptedOn", "\"2015-12-31\"")))
        // The open rows of RULE-COVERAGE (issue 16): legal form, lifecycle, approvals, period amounts.
        .add(d("ets-legal-form-srl", CREMA, "FOR_PROFIT_AS_THIRD_SECTOR", "/organisations/13/legalForm",
            "an organisation recorded as an ETS whose stated legal form is an S.r.l.: a company is an ETS only as a social enterprise (CTS art. 4, D.Lgs. 112/2017)",
            append("/organisations", "{\"id\":\"beta\",\"name\":\"Beta Servizi (illustrativa)\",\"kind\":\"third_sector\","
                + "\"thirdSectorKind\":\"other_entity\",\"legalForm\":\"limited_company\",\"legalFormStatedAs\":\"S.r.l.\"}")))
        .add(d("ets-legal-form-sas", CREMA, "FOR_PROFIT_AS_THIRD_SECTOR", "/organisations/13/legalForm",
            "a limited partnership (S.a.s.) recorded as a voluntary organisation; its name does not show the form",
            append("/organisations", "{\"id\":\"gamma\",\"name\":\"Gamma di Rossi (illustrativa)\",\"kind\":\"third_sector\","
                + "\"thirdSectorKind\":\"voluntary_organisation\",\"legalForm\":\"limited_partnership\"}")))
        .add(d("operating-plan-2018", CREMA, "OPERATING_PLAN_OUTSIDE_PLAN_PERIOD", "/annualOperatingPlans/0/year",
            "the Piano Operativo typed as 2018, a year after the 2015-2017 plan ends",
            set("/annualOperatingPlans/0/year", "2018")))
        .add(d("predecessor-2009-2011", CREMA, "PREDECESSOR_PERIOD_GAP", "/predecessor/period",
            "the predecessor's period typed 2009-2011: 2012-2014 covered by no plan as stated (its title says 12/14)",
            set("/predecessor/period", "{\"start\":\"2009-01-01\",\"end\":\"2011-12-31\"}")))
        .add(d("signatory-signs-after-agreement", CREMA, "TIMELINE_OUT_OF_ORDER", "/agreement/signatories/1/signedOn",
            "the ASL's signature dated 4 May 2015, after the agreement's signature date of 30 April",
            set("/agreement/signatories/1/signedOn", "\"2015-05-04\"")))
        .add(d("drafting-table-after-signature", OGLIO_PO, "TIMELINE_OUT_OF_ORDER", "/participation/meetings/4/date",
            "the agreement's signature dated 20 October 2021 while the tables of the first phase still met on 25 October: the agreement concludes the drafting (art. 19 c.2)",
            set("/agreement/signatureDate", "\"2021-10-20\"")))
        .add(d("approvals-out-of-order", CREMA, "TIMELINE_OUT_OF_ORDER", "/approvals/1/date",
            "the council's act listed after the assembly's but dated a year earlier (2014 typed for 2015)",
            set("/approvals", "[{\"bodyId\":\"assemblea-dei-sindaci\",\"actKind\":\"deliberation\",\"date\":\"2015-04-30\"},"
                + "{\"partyId\":\"comune-crema\",\"actKind\":\"deliberation\",\"date\":\"2014-05-12\"}]")))
        .add(d("approval-after-period", CREMA, "TIMELINE_OUT_OF_ORDER", "/approvals/0/date",
            "the assembly's approval dated 2018, after the 2015-2017 plan ended (2018 typed for 2015)",
            set("/approvals", "[{\"bodyId\":\"assemblea-dei-sindaci\",\"actKind\":\"deliberation\",\"date\":\"2018-04-30\"}]")))
        .add(d("approval-unknown-body", CREMA, "UNKNOWN_GOVERNANCE_REFERENCE", "/approvals/0/bodyId",
            "an approval by a body id the plan does not list (the Assemblea is \"assemblea-dei-sindaci\")",
            set("/approvals", "[{\"bodyId\":\"assemblea-sindaci\",\"actKind\":\"deliberation\",\"date\":\"2015-04-30\"}]")))
        .add(d("approval-unknown-party", CREMA, "UNKNOWN_PARTY", "/approvals/0/partyId",
            "a council approval by a municipality outside the district",
            set("/approvals", "[{\"partyId\":\"comune-cremona\",\"actKind\":\"deliberation\",\"date\":\"2015-05-12\"}]")))
        .add(d("period-total-swapped-digits", CREMA, "PERIOD_TOTAL_MISMATCH", "/budget/periodTotals/0/amount",
            "the triennial total printed as 20,369,464.66 for the 20,396,464.66 its yearly lines add up to",
            set("/budget/periodTotals", "[{\"period\":{\"start\":\"2015-05-01\",\"end\":\"2017-12-31\"},"
                + "\"amount\":20369464.66,\"statedAs\":\"€ 20.369.464,66 per il triennio\"}]")))
        .add(d("objective-period-total-wrong", CREMA, "PERIOD_TOTAL_MISMATCH", "/budget/periodTotals/0/amount",
            "objective 1's triennial total printed as 54,000 for three lines of 15,000",
            set("/budget/periodTotals", "[{\"period\":{\"start\":\"2015-05-01\",\"end\":\"2017-12-31\"},"
                + "\"objectiveId\":\"obj-1\",\"amount\":54000}]")))
        .add(d("period-line-previous-triennium", CREMA, "BUDGET_LINE_OUTSIDE_PLAN_PERIOD", "/budget/periodLines/0/period",
            "a triennial line of the previous plan (2012-2014) copied into this plan's budget",
            set("/budget/periodLines", "[{\"period\":{\"start\":\"2012-01-01\",\"end\":\"2014-12-31\"},"
                + "\"label\":\"Progetto triennale\",\"amount\":45000}]")))
        .add(d("period-line-unknown-objective", CREMA, "UNKNOWN_OBJECTIVE", "/budget/periodLines/0/objectiveId",
            "a triennial line of objective 11, which the plan (ten objectives) does not have",
            set("/budget/periodLines", "[{\"period\":{\"start\":\"2015-05-01\",\"end\":\"2017-12-31\"},"
                + "\"objectiveId\":\"obj-11\",\"amount\":45000}]")))
        .add(d("period-line-pnrr-2015", CREMA, "FUND_NOT_IN_FORCE", "/budget/periodLines/0/fundingSource",
            "a 2015-2017 line funded by the PNRR, which exists from 2021",
            set("/budget/periodLines", "[{\"period\":{\"start\":\"2015-05-01\",\"end\":\"2017-12-31\"},"
                + "\"fundingSource\":{\"kind\":\"european_funds\",\"label\":\"PNRR M5C2\"},\"amount\":45000}]")))
        .add(d("actuals-year-not-past", CREMA, "FIGURE_AFTER_AS_OF_DATE", "/budget/actuals/lines/0/year",
            "an actuals line of the 2012-2014 table typed 2026 (for 2012): a year not ended on the date the plan is judged on",
            set("/budget/actuals/lines/0/year", "2026")))
        .add(v("measurement-in-period-before-as-of", CREMA, "a measurement of November 2016, inside the period and before the date the plan is judged on",
            set("/objectives/0/indicators/0/measurements", "[{\"date\":\"2016-11\",\"value\":1}]")))
        .add(v("predecessor-ends-year-before", OGLIO_PO, "a predecessor 2018-2020 ending the December before the plan starts",
            set("/predecessor", "{\"title\":\"Piano di Zona 2018-2020\",\"period\":{\"start\":\"2018-01-01\",\"end\":\"2020-12-31\"}}")))
        .add(v("predecessor-extended-to-start", CREMA, "the predecessor extended (prorogato) to the day before this plan starts",
            set("/predecessor/period/end", "\"2015-04-30\"")))
        .add(v("period-total-right", CREMA, "the triennial total as printed, equal to its yearly lines",
            set("/budget/periodTotals", "[{\"period\":{\"start\":\"2015-05-01\",\"end\":\"2017-12-31\"},\"amount\":20396464.66}]")))
        .add(v("period-total-with-blank-line", CREMA, "a triennial total over a budget with a blank cell: unknown, never zero, so not judged",
            remove("/budget/lines/5/amount"),
            set("/budget/periodTotals", "[{\"period\":{\"start\":\"2015-05-01\",\"end\":\"2017-12-31\"},\"amount\":20396464.66}]")))
        .add(v("period-total-some-years-without-lines", CREMA, "objective 1's triennial total where only 2015 has a line (a partial list, the year totals"
                + " without the other two): the lines do not cover the span, not judged",
            remove("/budget/lines/2"), remove("/budget/lines/1"),
            set("/budget/declaredTotals/1/amount", "7050488.22"), set("/budget/declaredTotals/2/amount", "8050488.22"),
            set("/budget/periodTotals", "[{\"period\":{\"start\":\"2015-05-01\",\"end\":\"2017-12-31\"},"
                + "\"objectiveId\":\"obj-1\",\"amount\":45000}]")))
        .add(v("period-line-poverty-fund-from-2016", CREMA, "a 2015-2017 line funded by the Fondo Povertà, which exists from 2016: in force for part of the span",
            set("/budget/periodLines", "[{\"period\":{\"start\":\"2015-05-01\",\"end\":\"2017-12-31\"},"
                + "\"fundingSource\":{\"kind\":\"poverty_fund\"},\"amount\":45000}]")))
        .add(v("approval-ratified-after-signature", CREMA, "the council ratifies on 12 May the agreement its mayor signed on 30 April (D.Lgs. 267/2000 art. 34 c.5)",
            set("/approvals", "[{\"bodyId\":\"assemblea-dei-sindaci\",\"actKind\":\"deliberation\",\"date\":\"2015-04-30\"},"
                + "{\"partyId\":\"comune-crema\",\"actKind\":\"deliberation\",\"date\":\"2015-05-12\"}]")))
        .add(v("approvals-month-and-day", CREMA, "an act known to the month (April 2015) before one of 16 April: the order cannot be called wrong",
            set("/approvals", "[{\"bodyId\":\"comitato-ristretto\",\"actKind\":\"other\",\"date\":\"2015-04\"},"
                + "{\"bodyId\":\"assemblea-dei-sindaci\",\"actKind\":\"deliberation\",\"date\":\"2015-04-16\"}]")))
        .add(v("signatory-on-signature-day", CREMA, "a signatory signing on the agreement's signature date",
            set("/agreement/signatories/1/signedOn", "\"2015-04-30\"")))
        .add(v("association-named-sas", CREMA, "an association whose name carries the acronym \"S.A.S.\" and whose legal form is recorded as an association: the form decides",
            append("/organisations", "{\"id\":\"sas-odv\",\"name\":\"S.A.S. Sostegno Anziani Soli (illustrativa)\",\"kind\":\"third_sector\","
                + "\"thirdSectorKind\":\"voluntary_organisation\",\"legalForm\":\"association\",\"legalFormStatedAs\":\"associazione\"}")))
        .add(v("social-cooperative-type-b", CREMA, "a type B social cooperative is an ETS by law (D.Lgs. 112/2017 art. 1 c.4)",
            append("/organisations", "{\"id\":\"coop-b\",\"name\":\"Cooperativa inserimento lavorativo (illustrativa)\",\"kind\":\"third_sector\","
                + "\"thirdSectorKind\":\"social_cooperative\",\"legalForm\":\"social_cooperative_type_b\"}")))
        .add(v("srl-impresa-sociale-legal-form", CREMA, "an S.r.l. recorded with its legal form and as a social enterprise (D.Lgs. 112/2017 art. 1)",
            append("/organisations", "{\"id\":\"delta\",\"name\":\"Delta (illustrativa)\",\"kind\":\"third_sector\","
                + "\"thirdSectorKind\":\"social_enterprise\",\"legalForm\":\"limited_company\",\"legalFormStatedAs\":\"S.r.l. impresa sociale\"}")))
        // Schema 1.1 fields of issue 17.
        .add(d("meeting-ends-before-start", OGLIO_PO, "MEETING_ENDS_BEFORE_START", "/participation/meetings/1/endTime",
            "a table meeting that starts \"ore 16.30\" recorded as ending at 14:30, a transcription slip",
            set("/participation/meetings/1/endTime", "\"14:30\"")))
        .add(d("figure-below-listed-participants", OGLIO_PO, "PARTICIPATION_FIGURE_MISMATCH", "/declaredCounts/7",
            "a meeting said to be attended by one organisation lists two (ConCaSS and ASST Cremona)",
            set("/participation/meetings/1/participantIds", "[\"concass\",\"asst-cremona\"]"),
            append("/declaredCounts",
                "{\"subject\":\"organisations\",\"value\":1,\"scopeId\":\"anziani-1\",\"statedAs\":\"un ente\"}")))
        .add(d("signed-agreement-without-signatories", CREMA, "AGREEMENT_WITHOUT_SIGNATORIES", "/agreement/signatories",
            "the signed agreement's list of signatories left out (L. 328/2000 art. 19 c.2: the municipalities and the ASL sign)",
            remove("/agreement/signatories")))
        .add(v("signatories-not-stated", CREMA,
            "the agreement known from a source that does not name its signatories, and says so",
            remove("/agreement/signatories"), set("/agreement/signatoriesNotStated", "true")))
        .add(v("thematic-tables-beside-co-programming", OGLIO_PO,
            "\"3 tipologie di tavoli\" read district-wide as thematic tables, beside the two co-programming tables",
            remove("/declaredCounts/2/scopeId"), set("/declaredCounts/2/workTableKind", "\"thematic\"")))
        .build();
  }
}
