package org.baton.network;

import java.util.LinkedHashSet;
import java.util.List;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;

/**
 * What a panel may adopt of a selection: the people it picked (the proposal's seats unless it adjusted them), at
 * least one and at most the call's seats, each of whom applied to that call. Baton proposes; the panel decides.
 */
final class CoalitionAdoption {

    private CoalitionAdoption() {}

    static List<PersonId> choose(CoalitionCall call, SelectionProposal proposal, List<PersonId> personIds) {
        var chosen = personIds == null
                ? proposal.seats().stream().map(SelectionPick::personId).toList()
                : List.copyOf(new LinkedHashSet<>(personIds));
        if (chosen.isEmpty()) {
            throw new RuleViolation("personIds", "network.coalition.adopt.empty", "Pick at least one applicant.");
        }
        if (chosen.size() > call.seats()) {
            throw new RuleViolation(
                    "personIds",
                    "network.coalition.adopt.tooMany",
                    "At most " + call.seats() + " people.",
                    call.seats());
        }
        for (var person : chosen) {
            if (person == null || call.applicationOf(person).isEmpty()) {
                throw new RuleViolation(
                        "personIds", "network.coalition.adopt.notApplicant", "Pick only people who applied.");
            }
        }
        return chosen;
    }
}
