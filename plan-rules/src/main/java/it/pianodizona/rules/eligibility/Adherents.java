package it.pianodizona.rules.eligibility;

import it.pianodizona.model.ZonePlan;
import it.pianodizona.model.agreement.Adherent;
import it.pianodizona.model.territory.Party;
import it.pianodizona.rules.JsonPointers;
import java.util.List;
import java.util.function.BiConsumer;

/** Aderenti: walks the agreement's adherents whose party is known, with their paths. */
final class Adherents {

  private Adherents() {}

  static void forEach(ZonePlan plan, BiConsumer<String, Party> action) {
    plan.agreement().ifPresent(agreement -> {
      List<Adherent> adherents = agreement.adherents();
      for (int a = 0; a < adherents.size(); a++) {
        Party party = plan.partiesById().get(adherents.get(a).partyId());
        if (party != null) {
          action.accept(JsonPointers.of("agreement", "adherents", a), party);
        }
      }
    });
  }
}
