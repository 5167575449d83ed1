package it.pianodizona.rules.leps;

import static it.pianodizona.rules.spi.PlanFields.OBJECTIVES;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.leps.Leps;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.Pointer;
import it.pianodizona.rules.spi.RuleContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A plan starting in 2021 or later with no action tagged for a LEPS the national plan makes
 * essential: an INFO that lists the untagged levels, for the district to say where the plan
 * provides them (which a region makes mandatory in a Piano di Zona is still to verify). A plan
 * that lists no action at all (a document that gives only part of the plan, as the seeds) is
 * not judged: its actions are unknown, not absent.
 */
final class EssentialLepsNotTagged extends AbstractRule {

  EssentialLepsNotTagged() {
    super("ESSENTIAL_LEPS_NOT_TAGGED", RuleFamily.LEPS, Severity.INFO, Citations.PIANO_NAZIONALE_SOCIALE_2021_2023);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    if (plan.period().start().getYear() < SocialWorkers.FIRST_YEAR
        || plan.objectives().stream().allMatch(o -> o.actions().isEmpty())) {
      return;
    }
    Set<Leps> tagged = EnumSet.noneOf(Leps.class);
    plan.objectives().forEach(o -> o.actions().forEach(a -> tagged.addAll(a.leps())));
    List<Leps> missing = Arrays.stream(Leps.values())
        .filter(l -> l.essentialInNationalPlan() && !tagged.contains(l)).toList();
    if (missing.isEmpty()) {
      return;
    }
    context.finding(Pointer.root().field(OBJECTIVES))
        .with("missing", missing.stream().map(Leps::italianTitle).toList())
        .with("missingIds", missing.stream().map(Leps::name).toList())
        .with("missingEn", missing.stream().map(Leps::englishTitle).toList())
        .report();
  }
}
