package org.baton.accounts;

import org.baton.people.PersonId;
import org.baton.shared.NotPermitted;

/**
 * Who administers accounts: only an organization's admins give accounts and change admin rights, and an admin
 * cannot take their own admin rights, so that no organization is left without one by a slip.
 */
final class AccountAdministration {

    private AccountAdministration() {}

    static void requireMayGrant(Caller by) {
        if (!by.admin()) {
            throw new NotPermitted("Only an admin of the organization gives people accounts.");
        }
    }

    static boolean mayChangeAdminRights(Caller by, PersonId of) {
        return by.admin() && !by.personId().equals(of);
    }

    static void requireMayChangeAdminRights(Caller by, PersonId of) {
        if (!by.admin()) {
            throw new NotPermitted("Only an admin of the organization gives or takes admin rights.");
        }
        if (by.personId().equals(of)) {
            throw new NotPermitted("An admin cannot change their own admin rights: another admin does that.");
        }
    }
}
