package org.baton.network;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;

/**
 * What a panel may adopt of a selection: the people it picked (the proposal's seats unless it adjusted them), at
 * least one and at most the call's seats, each of whom applied to that call, once the call is closed and a selection
 * was asked for. Baton proposes; the panel decides.
 */
final class CoalitionAdoption {

    private CoalitionAdoption() {}

    /** Whether a panel member may ask for a selection of {@code call} now; refuses otherwise. */
    static void requireMaySelect(CoalitionCall call, PersonId by, Instant now) {
        CoalitionRules.requireOnPanel(call, by);
        requireClosed(call, now);
        if (call.applicationsCount() == 0) {
            throw new StateConflict("network.coalition.call.noApplications", "Nobody applied to this call.");
        }
    }

    /** Whom a panel member would put to the panel's consent: {@code personIds} as adjusted, or the proposal's. */
    static List<PersonId> adoptable(CoalitionCall call, PersonId by, List<PersonId> personIds, Instant now) {
        CoalitionRules.requireOnPanel(call, by);
        requireClosed(call, now);
        var proposal = call.selection()
                .orElseThrow(() -> new StateConflict(
                        "network.coalition.selection.none", "Ask for a selection before adopting one."));
        return choose(call, proposal, personIds);
    }

    private static void requireClosed(CoalitionCall call, Instant now) {
        switch (call.status(now)) {
            case OPEN -> throw new StateConflict("network.coalition.call.stillOpen", "Close the call first.");
            case ADOPTING, FORMED ->
                throw new StateConflict(
                        "network.coalition.call.adopted", "A selection of this call was adopted already.");
            case CLOSED -> {}
        }
    }

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
