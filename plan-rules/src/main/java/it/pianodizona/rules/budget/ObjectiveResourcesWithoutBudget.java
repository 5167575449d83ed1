package it.pianodizona.rules.budget;

import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;
import static it.pianodizona.rules.spi.PlanFields.RESOURCES;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.budget.BudgetLine;
import it.pianodizona.model.objective.Objective;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.HashSet;
import java.util.Set;

/**
 * An objective whose text speaks of resources has budget lines. Plans without any budget line
 * are left to the required elements rule.
 */
final class ObjectiveResourcesWithoutBudget extends AbstractRule {

  ObjectiveResourcesWithoutBudget() {
    super("OBJECTIVE_RESOURCES_WITHOUT_BUDGET", RuleFamily.BUDGET, Severity.WARNING, Citations.L328_ART19_C1_B);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    if (plan.budget().lines().isEmpty()) {
      return;
    }
    Set<String> funded = new HashSet<>();
    for (BudgetLine line : plan.budget().lines()) {
      line.objectiveId().ifPresent(funded::add);
    }
    for (int o = 0; o < plan.objectives().size(); o++) {
      Objective objective = plan.objectives().get(o);
      if (objective.resources().isPresent() && !funded.contains(objective.id())) {
        context.finding(Pointer.root().item(OBJECTIVES, o).field(RESOURCES))
            .with("objective", objective.code())
            .with("title", objective.title())
            .report();
      }
    }
  }
}
