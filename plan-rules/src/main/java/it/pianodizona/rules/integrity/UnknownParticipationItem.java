package it.pianodizona.rules.integrity;

import static it.pianodizona.rules.spi.PlanFields.CALL_ID;
import static it.pianodizona.rules.spi.PlanFields.EXPRESSIONS_OF_INTEREST;
import static it.pianodizona.rules.spi.PlanFields.MEETINGS;
import static it.pianodizona.rules.spi.PlanFields.PARTICIPATION;
import static it.pianodizona.rules.spi.PlanFields.PHASE_ID;
import static it.pianodizona.rules.spi.PlanFields.WORK_TABLES;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.participation.Participation;
import it.pianodizona.model.participation.WorkTable;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.PlanFields;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.Optional;

/** The phases and calls that meetings, tables and expressions of interest name are the plan's own. */
final class UnknownParticipationItem extends AbstractRule {

  UnknownParticipationItem() {
    super("UNKNOWN_PARTICIPATION_ITEM", RuleFamily.INTEGRITY, Severity.ERROR, Citations.PLAN_DOCUMENT);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    Participation participation = plan.participation();
    References phases = new References(context, context.fact(IdSets.PHASES), "phase");
    References calls = new References(context, context.fact(IdSets.CALLS), "call");
    for (int m = 0; m < participation.meetings().size(); m++) {
      phases.check(participation.meetings().get(m).phaseId(), Pointer.root().field(PARTICIPATION).item(MEETINGS, m).field(PHASE_ID));
    }
    for (int t = 0; t < participation.workTables().size(); t++) {
      WorkTable table = participation.workTables().get(t);
      phases.check(table.phaseId(), Pointer.root().field(PARTICIPATION).item(WORK_TABLES, t).field(PHASE_ID));
      calls.check(table.callId(), Pointer.root().field(PARTICIPATION).item(WORK_TABLES, t).field(CALL_ID));
    }
    for (int e = 0; e < participation.expressionsOfInterest().size(); e++) {
      calls.check(Optional.of(participation.expressionsOfInterest().get(e).callId()), Pointer.root().field(PARTICIPATION).item(EXPRESSIONS_OF_INTEREST, e).field(CALL_ID));
    }
    // schema 1.1 (issue 17): the call an official is the contact of
    for (int o = 0; o < plan.officials().size(); o++) {
      calls.check(plan.officials().get(o).callId(), Pointer.root().item(PlanFields.OFFICIALS, o).field(CALL_ID));
    }
  }
}
