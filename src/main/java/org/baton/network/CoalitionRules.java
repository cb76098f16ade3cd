package org.baton.network;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;

/**
 * Who may do what with the guiding coalition's calls (DOMAIN.md §11): a member of the leadership team opens a call
 * (an admin, while the organization has no leadership team yet); anyone of the organization applies, once; the
 * call's selection panel rates applications (never their own), closes the call early, asks for a selection and
 * adopts it.
 */
public final class CoalitionRules {

    private CoalitionRules() {}

    /** Whether someone may open a call: on the leadership team, or an admin while there is none. */
    public static boolean mayOpen(boolean onLeadershipTeam, boolean leadershipTeamNamed, boolean admin) {
        return onLeadershipTeam || (!leadershipTeamNamed && admin);
    }

    static void requireMayOpen(boolean onLeadershipTeam, boolean leadershipTeamNamed, boolean admin) {
        if (!mayOpen(onLeadershipTeam, leadershipTeamNamed, admin)) {
            throw new NotPermitted(
                    leadershipTeamNamed
                            ? "Only a member of the leadership team opens a call for the guiding coalition."
                            : "Only an admin opens a call for the guiding coalition while there is no leadership team.");
        }
    }

    /** A selection panel: 1 to {@link CoalitionCall#MAX_PANEL} different people. */
    static List<PersonId> panelOf(List<PersonId> panel) {
        var unique = List.copyOf(new LinkedHashSet<>(panel));
        if (unique.isEmpty() || unique.size() > CoalitionCall.MAX_PANEL) {
            throw new RuleViolation(
                    "panelIds",
                    "network.coalition.panel.size",
                    "A selection panel has 1 to " + CoalitionCall.MAX_PANEL + " people.",
                    CoalitionCall.MAX_PANEL);
        }
        return unique;
    }

    public static boolean isOnPanel(CoalitionCall call, PersonId person) {
        return person != null && call.panelIds().contains(person);
    }

    static void requireOnPanel(CoalitionCall call, PersonId person) {
        if (!isOnPanel(call, person)) {
            throw new NotPermitted("Only the call's selection panel does this.");
        }
    }

    /** A panel member rates the applications of others; their own application is for the rest of the panel. */
    public static boolean mayRate(CoalitionCall call, PersonId rater, CoalitionApplication application) {
        return isOnPanel(call, rater) && !application.personId().equals(rater);
    }

    static void requireMayRate(CoalitionCall call, PersonId rater, CoalitionApplication application) {
        requireOnPanel(call, rater);
        if (!mayRate(call, rater, application)) {
            throw new NotPermitted("Nobody rates their own application.");
        }
    }

    /** What this person may do with the call now: what the page offers and the API accepts. */
    static Set<CoalitionStep> stepsOpenTo(CoalitionCall call, PersonId viewer, Instant now) {
        var steps = EnumSet.noneOf(CoalitionStep.class);
        var current = call.status(now);
        if (current == CoalitionCallStatus.OPEN
                && viewer != null
                && call.applicationOf(viewer).isEmpty()) {
            steps.add(CoalitionStep.APPLY);
        }
        if (!isOnPanel(call, viewer)) {
            return steps;
        }
        if (current == CoalitionCallStatus.OPEN) {
            steps.add(CoalitionStep.CLOSE);
        }
        if (current == CoalitionCallStatus.OPEN || current == CoalitionCallStatus.CLOSED) {
            steps.add(CoalitionStep.RATE);
        }
        if (current == CoalitionCallStatus.CLOSED && !call.applications().isEmpty()) {
            steps.add(CoalitionStep.SELECT);
        }
        if (current == CoalitionCallStatus.CLOSED && call.selection().isPresent()) {
            steps.add(CoalitionStep.ADOPT);
        }
        return steps;
    }
}
