package org.baton.accounts;

import org.baton.people.PersonId;
import org.baton.shared.DomainEvent;

/**
 * What happened to an account: the security-relevant facts an organization's admins may want to trace. Each
 * names the person whose account it is; none carries a password or a token's secret.
 */
public sealed interface AccountEvent extends DomainEvent
        permits AccountGranted,
                AdminRightsChanged,
                PasswordChanged,
                TokenIssued,
                TokenRevoked,
                SignInFailed,
                SignInPaused {

    /** Whose account it is. */
    PersonId personId();
}
