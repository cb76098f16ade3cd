package org.baton.teams;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.baton.shared.Visibility;

/**
 * Who may see a decision or an intent: the visibility rule. Open to the whole organization by default; a
 * {@link Visibility#TEAM} one to the people of the team of its scope and the people named on it; a
 * {@link Visibility#CONFIDENTIAL} one to the named people only. A team-wide one needs a team: something that
 * belongs to the whole organization cannot be narrowed to "its team".
 *
 * <p>{@code named} are the people named on it (for a decision its proposer, decider, participants, the
 * impacted and those asked for advice; for an intent its declarer and the people it names). Listings apply
 * the same rule in SQL, for a {@link Viewer}.
 */
public record Audience(Visibility visibility, Scope scope, Set<PersonId> named) {

    public Audience {
        visibility = visibility == null ? Visibility.ORGANIZATION : visibility;
        scope = scope == null ? Scope.ORGANIZATION : scope;
        named = named == null ? Set.of() : Set.copyOf(named);
        if (visibility == Visibility.TEAM && scope.homeBaseId() == null && scope.missionId() == null) {
            throw new RuleViolation(
                    "visibility",
                    "visibility.team.noTeam",
                    "Only something that belongs to a home base or a mission can be shown to its team alone.");
        }
    }

    /** Open to the whole organization. */
    public static Audience everyone(Scope scope) {
        return new Audience(Visibility.ORGANIZATION, scope, Set.of());
    }

    /** The same audience, with more people named on it. */
    public Audience naming(Collection<PersonId> more) {
        var all = new LinkedHashSet<>(named);
        more.stream().filter(p -> p != null).forEach(all::add);
        return new Audience(visibility, scope, all);
    }

    /** Whether the whole organization may see it, so that nobody needs to be asked about. */
    public boolean open() {
        return visibility == Visibility.ORGANIZATION;
    }

    /** Whether {@code person} may see it; {@code team} are the people of its scope (leader and members). */
    public boolean admits(PersonId person, Collection<PersonId> team) {
        return switch (visibility) {
            case ORGANIZATION -> true;
            case TEAM -> isNamed(person) || (person != null && team.contains(person));
            case CONFIDENTIAL -> isNamed(person);
        };
    }

    /** Whether {@code viewer} may see it, knowing the teams they belong to. */
    public boolean admits(Viewer viewer) {
        return switch (visibility) {
            case ORGANIZATION -> true;
            case TEAM -> isNamed(viewer.personId()) || viewer.belongsTo(scope);
            case CONFIDENTIAL -> isNamed(viewer.personId());
        };
    }

    private boolean isNamed(PersonId person) {
        return person != null && named.contains(person);
    }
}
