package org.baton.network;

import org.baton.shared.NotPermitted;

/**
 * Who may name the leadership team: an admin. The leadership team belongs to the management side of the dual
 * operating system, like reporting lines, so it is configured there and grants no authority over decisions beyond
 * adopting the opportunity statement (DOMAIN.md §11, §13).
 */
final class LeadershipTeamAuthority {

    private LeadershipTeamAuthority() {}

    static boolean mayName(boolean byAdmin) {
        return byAdmin;
    }

    static void requireMayName(boolean byAdmin) {
        if (!mayName(byAdmin)) {
            throw new NotPermitted("Only an admin names the leadership team.");
        }
    }
}
