package it.pianodizona.rules.deadlines;

import com.google.common.collect.ImmutableList;
import it.pianodizona.rules.spi.Rule;

/** Regole su scadenze e cronoprogramma: the deadlines family, in catalogue order. */
public final class DeadlineRules {

  private DeadlineRules() {}

  public static ImmutableList<Rule> all() {
    return ImmutableList.of(
        new CallDeadlineBeforePublication(),
        new AnnexDeadlineBeforePublication(),
        new ApplicationFormDeadlineAfterCallDeadline(),
        new ExpressionOfInterestAfterDeadline(),
        new SurveyFormDeadlineAfterFirstMeeting(),
        new MeetingBeforeCallDeadline(),
        new MeetingOutsidePhase(),
        new PlenaryCountMismatch(),
        new TableMeetingCountMismatch(),
        new PlanPeriodOffCycle(),
        new PlanCycleUnknown(),
        new PlanStartsBeforePredecessorEnd(),
        new MilestoneOutsidePlanPeriod(),
        new ActionOutsidePlanPeriod(),
        new MilestoneOverdue(),
        new AgreementSignedLate(),
        new AgreementValidityMismatch(),
        new TimelineOutOfOrder(),
        new MeetingOnHoliday(),
        new OperatingPlanOutsidePlanPeriod(),
        new PredecessorPeriodGap(),
        new FigureAfterAsOfDate(),
        new MeetingEndsBeforeStart());
  }
}
