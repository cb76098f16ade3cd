package org.baton.api.support;

import org.baton.accounts.Caller;
import org.springframework.security.access.AccessDeniedException;

/** Checks of the technical site roles. Admin configures; it grants no authority over decisions. */
public final class Admins {

    private Admins() {}

    public static void requireAdmin(Caller caller) {
        if (!caller.admin()) {
            throw new AccessDeniedException("Only an admin of the organization may do this.");
        }
    }

    public static void requireOperator(Caller caller) {
        if (!caller.operator()) {
            throw new AccessDeniedException("Only the operator of this Baton site may do this.");
        }
    }
}
