package org.baton.audit;

import org.baton.accounts.Caller;
import org.baton.shared.NotPermitted;

/**
 * Who reads the audit log: the organization's admins, who answer for its accounts, and nobody else. A member sees
 * neither who signs in from where nor who holds which tokens.
 */
public final class AuditReaders {

    private AuditReaders() {}

    public static boolean mayRead(Caller caller) {
        return caller != null && caller.admin();
    }

    static void requireMayRead(Caller caller) {
        if (!mayRead(caller)) {
            throw new NotPermitted("Only the organization's admins read its audit log.");
        }
    }
}
