package org.baton.roles;

import java.util.Set;
import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;

/**
 * Who may do what with coaching sessions (DOMAIN.md §3: a coach offers bookable sessions). Only someone holding a
 * coach or team coach role today publishes slots; only the coach withdraws one; anyone else in the organization books
 * one, never their own; the booker or the coach cancels a booking; and the note a booker leaves is read by those two
 * alone.
 */
public final class CoachingRules {

    /** The roles whose holders offer sessions. */
    public static final Set<RoleType> COACHING_ROLES = Set.of(RoleType.COACH, RoleType.TEAM_COACH);

    private CoachingRules() {}

    public static boolean isCoachingRole(RoleType type) {
        return COACHING_ROLES.contains(type);
    }

    /**
     * Whether holding this role makes someone a coach: a coach or team coach role that is not scoped to one person,
     * since a person-scoped role is defined by that person alone.
     */
    public static boolean isCoachingRole(Role role) {
        return isCoachingRole(role.type()) && role.scope().type() != RoleScope.Type.PERSON;
    }

    /** {@code holdsCoachingRole}: whether the person holds a coach or team coach role today. */
    public static void requireMayPublish(boolean holdsCoachingRole) {
        if (!holdsCoachingRole) {
            throw new NotPermitted("Only someone who holds a coach or team coach role today may offer coaching slots.");
        }
    }

    public static boolean mayWithdraw(CoachingSlot slot, PersonId person) {
        return slot.coachId().equals(person);
    }

    static void requireMayWithdraw(CoachingSlot slot, PersonId person) {
        if (!mayWithdraw(slot, person)) {
            throw new NotPermitted("Only the coach who offered this slot may withdraw it.");
        }
    }

    public static boolean mayBook(CoachingSlot slot, PersonId person) {
        return !slot.coachId().equals(person);
    }

    static void requireMayBook(CoachingSlot slot, PersonId person) {
        if (!mayBook(slot, person)) {
            throw new NotPermitted("A coach does not book their own session.");
        }
    }

    public static boolean mayCancel(CoachingSlot slot, PersonId person) {
        return slot.booking()
                .map(b -> b.bookerId().equals(person) || slot.coachId().equals(person))
                .orElse(false);
    }

    static void requireMayCancel(CoachingSlot slot, PersonId person) {
        if (!mayCancel(slot, person)) {
            throw new NotPermitted("Only the person who booked this session, or its coach, may cancel the booking.");
        }
    }

    /** The booking's note is between the booker and the coach. */
    public static boolean maySeeNote(CoachingSlot slot, PersonId person) {
        return slot.coachId().equals(person)
                || slot.booking().map(b -> b.bookerId().equals(person)).orElse(false);
    }
}
