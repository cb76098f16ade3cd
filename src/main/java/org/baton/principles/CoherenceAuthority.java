package org.baton.principles;

import org.baton.decisions.DecisionId;
import org.baton.shared.ChangeReserved;
import org.baton.shared.OrganizationChange;
import org.baton.shared.OrganizationChange.Process;

/**
 * Who may define, revise or retire a value or a principle now (DOMAIN.md §13): the principles governance body,
 * through a change proposal adopted by its consent. While the body has no current members, the admin acts for
 * it and makes such changes directly. Anyone else, body members included, is pointed to the proposal.
 */
final class CoherenceAuthority {

    private CoherenceAuthority() {}

    /** How values and principles change now: by consent of the body once it exists, the admin acting before. */
    static Process process(boolean bodyExists) {
        return OrganizationChange.VALUES_AND_PRINCIPLES.processWhen(bodyExists);
    }

    /** Whether this person may change a value or principle directly: only the admin, before the body exists. */
    static boolean mayChangeDirectly(boolean admin, boolean bodyExists) {
        return admin && !bodyExists;
    }

    /**
     * A regeneration review changes or retires principles on the governance body's behalf, so one of its current
     * members records such an outcome (the admin while there is no body); keeping a principle changes nothing.
     */
    static void requireReviewOutcome(boolean bodyMember, boolean admin, boolean bodyExists) {
        if (bodyMember || mayChangeDirectly(admin, bodyExists)) {
            return;
        }
        if (bodyExists) {
            throw new ChangeReserved(
                    OrganizationChange.VALUES_AND_PRINCIPLES,
                    Process.CONSENT_OF_BODY,
                    "authority.review.byBody",
                    "Only members of the governance body change or retire principles in a review: propose the change instead.");
        }
        throw new ChangeReserved(
                OrganizationChange.VALUES_AND_PRINCIPLES,
                Process.ADMIN_UNTIL_BODY_EXISTS,
                "authority.values.byAdmin",
                "There is no governance body yet: the admin acts for it until its members are appointed.");
    }

    /**
     * Refuses a change unless it is made under the body's adopted consent decision ({@code adoptedUnder}), or
     * directly by the admin acting for a body not appointed yet.
     */
    static void require(boolean admin, boolean bodyExists, DecisionId adoptedUnder) {
        if (adoptedUnder != null || mayChangeDirectly(admin, bodyExists)) {
            return;
        }
        if (bodyExists) {
            throw new ChangeReserved(
                    OrganizationChange.VALUES_AND_PRINCIPLES,
                    Process.CONSENT_OF_BODY,
                    "authority.values.byBody",
                    "Values and principles change through a proposal adopted by consent of the governance body: propose the change.");
        }
        throw new ChangeReserved(
                OrganizationChange.VALUES_AND_PRINCIPLES,
                Process.ADMIN_UNTIL_BODY_EXISTS,
                "authority.values.byAdmin",
                "There is no governance body yet: the admin acts for it until its members are appointed.");
    }
}
