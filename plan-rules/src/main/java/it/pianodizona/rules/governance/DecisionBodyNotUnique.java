package it.pianodizona.rules.governance;

import static it.pianodizona.rules.spi.PlanFields.GOVERNANCE_BODIES;
import static it.pianodizona.rules.spi.PlanFields.POWERS;

import com.google.common.collect.ImmutableList;
import java.util.Set;
import java.util.stream.Collectors;
import it.pianodizona.model.ZonePlan;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;

/**
 * Exactly one body decides on the plan ("l'Assemblea distrettuale dei Sindaci quale unico
 * organismo deputato ... all'assunzione di decisioni"): every other body with the power to
 * decide is reported.
 */
final class DecisionBodyNotUnique extends AbstractRule {

  DecisionBodyNotUnique() {
    super("DECISION_BODY_NOT_UNIQUE", RuleFamily.GOVERNANCE, Severity.ERROR,
        Citations.LOMBARDIA_LR3_2008_ART18 + "; " + Citations.L328_ART19_C1);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    ImmutableList<Integer> deciders = context.fact(DecisionBodies.INDEXES);
    if (deciders.size() < 2) {
      return;
    }
    // Bodies that acted one after another in the plan's approval chain (schema 1.1) followed a
    // procedure, as in Puglia (Coordinamento istituzionale, then the councils, then the
    // conferenza di servizi): two deciders outside any recorded sequence remain a finding.
    Set<String> inSequence = plan.approvals().size() < 2 ? Set.of() : plan.approvals().stream()
        .flatMap(approval -> approval.bodyId().stream())
        .collect(Collectors.toSet());
    String firstId = plan.governanceBodies().get(deciders.get(0)).id();
    for (int d = 1; d < deciders.size(); d++) {
      int b = deciders.get(d);
      if (inSequence.contains(firstId) && inSequence.contains(plan.governanceBodies().get(b).id())) {
        continue;
      }
      context.finding(Pointer.root().item(GOVERNANCE_BODIES, b).field(POWERS))
          .with("body", plan.governanceBodies().get(b).name())
          .with("first", plan.governanceBodies().get(deciders.get(0)).name())
          .reference(context.profile().decisionBodyReference())
          .report();
    }
  }
}
