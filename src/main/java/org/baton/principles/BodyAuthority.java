package org.baton.principles;

import org.baton.decisions.DecisionId;
import org.baton.shared.ChangeReserved;
import org.baton.shared.OrganizationChange;
import org.baton.shared.OrganizationChange.Process;

/**
 * Who may seat someone on the principles governance body now (DOMAIN.md §13): the body itself, by consent of
 * its current members on a proposed appointment. While it has no current members, the admin acts for it and
 * appoints the first members directly.
 */
final class BodyAuthority {

    private BodyAuthority() {}

    /** How terms are appointed now: by consent of the body once it exists, the admin acting before. */
    static Process process(boolean bodyExists) {
        return OrganizationChange.GOVERNANCE_TERMS.processWhen(bodyExists);
    }

    /** Whether this person may seat someone directly: only the admin, before the body exists. */
    static boolean mayAppointDirectly(boolean admin, boolean bodyExists) {
        return admin && !bodyExists;
    }

    /**
     * Refuses a term unless it is appointed under the body's adopted consent decision ({@code adoptedUnder}), or
     * directly by the admin acting for a body not appointed yet.
     */
    static void require(boolean admin, boolean bodyExists, DecisionId adoptedUnder) {
        if (adoptedUnder != null || mayAppointDirectly(admin, bodyExists)) {
            return;
        }
        if (bodyExists) {
            throw new ChangeReserved(
                    OrganizationChange.GOVERNANCE_TERMS,
                    Process.CONSENT_OF_BODY,
                    "authority.terms.byBody",
                    "The governance body appoints its members by consent: propose the appointment.");
        }
        throw new ChangeReserved(
                OrganizationChange.GOVERNANCE_TERMS,
                Process.ADMIN_UNTIL_BODY_EXISTS,
                "authority.terms.byAdmin",
                "There is no governance body yet: the admin appoints its first members.");
    }
}
