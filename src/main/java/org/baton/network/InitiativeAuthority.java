package org.baton.network;

import org.baton.shared.NotPermitted;

/**
 * Who may start a strategic initiative: a member of the guiding coalition (DOMAIN.md §11). The coalition sets the
 * initiatives within management's loose parameters; anyone else joins them as their missions' people.
 */
final class InitiativeAuthority {

    private InitiativeAuthority() {}

    static void requireMayStart(boolean coalitionMember) {
        if (!coalitionMember) {
            throw new NotPermitted("Only members of the guiding coalition start strategic initiatives.");
        }
    }
}
