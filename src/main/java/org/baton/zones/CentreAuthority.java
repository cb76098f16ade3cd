package org.baton.zones;

import java.util.UUID;
import org.baton.shared.ChangeReserved;
import org.baton.shared.OrganizationChange;
import org.baton.shared.OrganizationChange.Process;

/**
 * Who may appoint the centre, define decision areas, move them between zones, and grant or revoke mandates now
 * (DOMAIN.md §13): the centre, by a consent decision among its members. While no centre with members is
 * appointed, the admin acts for it and makes these changes directly. Anyone else is pointed to a proposal.
 */
final class CentreAuthority {

    private CentreAuthority() {}

    /** How this kind of change is made now: by consent of the centre once it exists, the admin acting before. */
    static Process process(OrganizationChange change, boolean centreExists) {
        return change.processWhen(centreExists);
    }

    /** Whether this person may make such a change directly: only the admin, before the centre exists. */
    static boolean mayChangeDirectly(boolean admin, boolean centreExists) {
        return admin && !centreExists;
    }

    /**
     * Refuses a change unless it is made under the centre's adopted consent decision ({@code adoptedUnder}), or
     * directly by the admin acting for a centre not appointed yet.
     */
    static void require(OrganizationChange change, boolean admin, boolean centreExists, UUID adoptedUnder) {
        if (adoptedUnder != null || mayChangeDirectly(admin, centreExists)) {
            return;
        }
        if (centreExists) {
            throw new ChangeReserved(
                    change,
                    Process.CONSENT_OF_CENTRE,
                    "authority.structure.byCentre",
                    "The centre, decision areas, their zones and mandates change by a consent decision of the centre: propose the change.");
        }
        throw new ChangeReserved(
                change,
                Process.ADMIN_UNTIL_CENTRE_EXISTS,
                "authority.structure.byAdmin",
                "There is no centre yet: the admin acts for it until it is appointed.");
    }
}
