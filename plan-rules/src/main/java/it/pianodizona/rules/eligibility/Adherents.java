package it.pianodizona.rules.eligibility;

import static it.pianodizona.rules.spi.PlanFields.ADHERENTS;
import static it.pianodizona.rules.spi.PlanFields.AGREEMENT;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.Adherent;
import it.pianodizona.model.territory.Party;
import it.pianodizona.rules.spi.Pointer;
import java.util.List;

/** Aderenti: walks the agreement's adherents whose party is known. */
final class Adherents {

  private Adherents() {}

  /** What to do with one adherent: its index in the agreement's list, and its party. */
  @FunctionalInterface
  interface Visitor {
    void visit(int index, Party party);
  }

  static void forEach(ZonePlan plan, Visitor visitor) {
    plan.agreement().ifPresent(agreement -> {
      List<Adherent> adherents = agreement.adherents();
      for (int a = 0; a < adherents.size(); a++) {
        Party party = plan.partiesById().get(adherents.get(a).partyId());
        if (party != null) {
          visitor.visit(a, party);
        }
      }
    });
  }

  /** The pointer to an adherent, written only for a finding: most adherents have none. */
  static Pointer path(int index) {
    return Pointer.root().field(AGREEMENT).item(ADHERENTS, index);
  }
}
