package org.baton.network;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;

/**
 * Who may do what with the guiding coalition's calls (DOMAIN.md §11): a member of the leadership team opens a call
 * (an admin, while the organization has no leadership team yet); anyone of the organization applies, once; the
 * call's selection panel (at least two people) rates applications (never their own, and no more once a selection
 * is kept, so that what is adopted weighs the ratings it shows), closes the call early, asks for a selection and
 * puts it to the consent of the rest of the panel.
 */
public final class CoalitionRules {

    /** The fewest people on a selection panel. */
    public static final int MIN_PANEL = 2;

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

    /**
     * A selection panel: 2 to {@link CoalitionCall#MAX_PANEL} different people, so that whoever adopts a selection
     * needs the consent of someone else.
     */
    static List<PersonId> panelOf(List<PersonId> panel) {
        var unique = List.copyOf(new LinkedHashSet<>(panel));
        if (unique.size() < MIN_PANEL || unique.size() > CoalitionCall.MAX_PANEL) {
            throw new RuleViolation(
                    "panelIds",
                    "network.coalition.panel.range",
                    "A selection panel has " + MIN_PANEL + " to " + CoalitionCall.MAX_PANEL + " different people.",
                    MIN_PANEL,
                    CoalitionCall.MAX_PANEL);
        }
        return unique;
    }

    /**
     * The panel a call is opened with: the leadership team unless {@code named}; a named panel holds at least
     * {@link #MIN_PANEL} members of the leadership team, so that its opener cannot pick a panel of allies. While
     * there is no leadership team the admin who opens the call names its panel.
     */
    static List<PersonId> panelFor(List<PersonId> named, List<PersonId> leadershipTeam) {
        if (named == null || named.isEmpty()) {
            if (leadershipTeam.isEmpty()) {
                throw new RuleViolation(
                        "panelIds",
                        "network.coalition.panel.named",
                        "Name the call's panel: there is no leadership team yet.");
            }
            return panelOf(leadershipTeam);
        }
        var panel = panelOf(named);
        if (!leadershipTeam.isEmpty()
                && panel.stream().filter(leadershipTeam::contains).count()
                        < Math.min(MIN_PANEL, leadershipTeam.size())) {
            throw new RuleViolation(
                    "panelIds",
                    "network.coalition.panel.team",
                    "A named panel holds at least " + MIN_PANEL + " members of the leadership team.",
                    MIN_PANEL);
        }
        return panel;
    }

    /** Whom a selection adopted by {@code adopter} is put to: the rest of the panel, never nobody. */
    static List<PersonId> consentingPanel(CoalitionCall call, PersonId adopter) {
        var others = othersOnPanel(call, adopter);
        if (others.isEmpty()) {
            throw new StateConflict(
                    "network.coalition.panel.noOtherMember",
                    "You are the panel's only member, so nobody else could consent: open a new call with a panel.");
        }
        return others;
    }

    private static List<PersonId> othersOnPanel(CoalitionCall call, PersonId person) {
        return call.panelIds().stream().filter(p -> !p.equals(person)).toList();
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
        if ((current == CoalitionCallStatus.OPEN || current == CoalitionCallStatus.CLOSED)
                && call.selection().isEmpty()) {
            steps.add(CoalitionStep.RATE);
        }
        if (current == CoalitionCallStatus.CLOSED && call.applicationsCount() > 0) {
            steps.add(CoalitionStep.SELECT);
        }
        if (current == CoalitionCallStatus.CLOSED
                && call.selection().isPresent()
                && !othersOnPanel(call, viewer).isEmpty()) {
            steps.add(CoalitionStep.ADOPT);
        }
        return steps;
    }
}
