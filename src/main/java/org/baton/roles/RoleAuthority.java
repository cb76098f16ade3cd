package org.baton.roles;

import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;

/**
 * Who may define a role, revise it and assign its holders directly (DOMAIN.md §13): a role for one person, that
 * person (a task owner's own commitment); a role of a home base or mission, its leader; a role of a knowledge area
 * or of the whole organization, a member of the centre, or the admin while the organization has no centre yet.
 * Hand-overs, splits and selections are adopted by consent instead (their own modules answer who takes part); a
 * holder may always step back. Being someone's manager grants nothing here.
 */
final class RoleAuthority {

    private RoleAuthority() {}

    /**
     * What decides it for one person and one role.
     *
     * @param scopedPerson the person a person-scoped role is for, else null
     * @param teamLeader the leader of the home base or mission a team-scoped role belongs to, else null
     * @param centreMember whether the person sits on the centre
     * @param centreExists whether the organization has appointed a centre
     * @param admin whether the person is the organization's admin
     * @param chartered whether Baton relies on the role (the governance body): only its own process changes it
     */
    record Facts(
            PersonId scopedPerson,
            PersonId teamLeader,
            boolean centreMember,
            boolean centreExists,
            boolean admin,
            boolean chartered) {}

    static boolean mayManage(RoleScope scope, PersonId person, Facts facts) {
        if (facts.chartered()) {
            return false;
        }
        return switch (scope.type()) {
            case PERSON -> person.equals(facts.scopedPerson());
            case HOME_BASE, MISSION -> person.equals(facts.teamLeader()) || centreActs(facts);
            case KNOWLEDGE_AREA, ORGANIZATION -> centreActs(facts);
        };
    }

    static void requireMayManage(RoleScope scope, PersonId person, Facts facts) {
        if (!mayManage(scope, person, facts)) {
            throw new NotPermitted(refusal(scope, facts));
        }
    }

    /** The holder steps back from their own assignment; whoever manages the role may end anyone's. */
    static boolean mayStepBack(PersonId holder, PersonId person, RoleScope scope, Facts facts) {
        return holder.equals(person) || mayManage(scope, person, facts);
    }

    private static boolean centreActs(Facts facts) {
        return facts.centreMember() || (facts.admin() && !facts.centreExists());
    }

    private static String refusal(RoleScope scope, Facts facts) {
        if (facts.chartered()) {
            return "The principles governance body seats its members by consent: propose an appointment.";
        }
        return switch (scope.type()) {
            case PERSON -> "Only the person this role is for may change it.";
            case HOME_BASE, MISSION -> "Only the team's leader, or the centre, may change this role.";
            case KNOWLEDGE_AREA, ORGANIZATION ->
                facts.centreExists()
                        ? "Organization-wide roles are changed by the centre."
                        : "There is no centre yet: the admin sets up organization-wide roles until it is appointed.";
        };
    }
}
