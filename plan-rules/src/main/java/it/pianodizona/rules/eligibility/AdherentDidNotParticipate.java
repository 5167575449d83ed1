package it.pianodizona.rules.eligibility;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.participation.Participation;
import it.pianodizona.rules.RuleFamily;
import it.pianodizona.rules.Severity;
import it.pianodizona.rules.spi.AbstractRule;
import it.pianodizona.rules.spi.Citations;
import it.pianodizona.rules.spi.RuleContext;
import java.util.HashSet;
import java.util.Set;

/**
 * Third-sector subjects that took part in drawing up the plan adhere on request (l.r. Lombardia
 * 3/2008 art. 18 c.7; L. 328/2000 art. 19 c.3): an adherent shows up in an expression of
 * interest or among a table's participants. Where the plan records no participation at all, or
 * the profile does not require it, nothing is judged.
 */
final class AdherentDidNotParticipate extends AbstractRule {

  AdherentDidNotParticipate() {
    super("ADHERENT_DID_NOT_PARTICIPATE", RuleFamily.ELIGIBILITY, Severity.WARNING,
        Citations.LOMBARDIA_LR3_2008_ART18_C7 + "; " + Citations.L328_ART19_C3);
  }

  @Override
  public void check(ZonePlan plan, RuleContext context) {
    if (!context.profile().adherentsMustHaveParticipated()) {
      return;
    }
    Participation participation = plan.participation();
    Set<String> participants = new HashSet<>();
    participation.expressionsOfInterest().forEach(e -> participants.add(e.partyId()));
    participation.workTables().forEach(t -> participants.addAll(t.participantIds()));
    if (participants.isEmpty()) {
      return;
    }
    Adherents.forEach(plan, (a, party) -> {
      if (!party.kind().isPublicBody() && !participants.contains(party.id())) {
        context.finding(Adherents.path(a))
            .with("party", party.name())
            .reference(context.profile().adherenceReference())
            .report();
      }
    });
  }
}
