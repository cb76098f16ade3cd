package org.baton.audit;

import java.time.Instant;
import java.util.UUID;
import org.baton.accounts.AccountGranted;
import org.baton.accounts.AdminRightsChanged;
import org.baton.accounts.PasswordChanged;
import org.baton.accounts.SignInFailed;
import org.baton.accounts.SignInPaused;
import org.baton.accounts.TokenIssued;
import org.baton.accounts.TokenRevoked;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** Account events of one organization, as the accounts module publishes them. */
final class AccountEvents {

    static final OrganizationId ORG = OrganizationId.random();
    static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");
    static final PersonId ADA = new PersonId(UUID.randomUUID());
    static final PersonId BEA = new PersonId(UUID.randomUUID());
    static final UUID TOKEN = UUID.randomUUID();

    private AccountEvents() {}

    static AccountGranted granted(PersonId to, PersonId by, boolean admin) {
        return new AccountGranted(ORG, AT, to, by, admin);
    }

    static AdminRightsChanged adminRights(PersonId of, PersonId by, boolean admin) {
        return new AdminRightsChanged(ORG, AT, of, by, admin);
    }

    static PasswordChanged passwordChanged(PersonId of, int tokensRevoked) {
        return new PasswordChanged(ORG, AT, of, tokensRevoked);
    }

    static TokenIssued tokenIssued(PersonId to, String name) {
        return new TokenIssued(ORG, AT, to, TOKEN, name);
    }

    static TokenRevoked tokenRevoked(PersonId of, String name) {
        return new TokenRevoked(ORG, AT, of, TOKEN, name);
    }

    static SignInFailed signInFailed(PersonId account, String address) {
        return new SignInFailed(ORG, AT, account, address);
    }

    static SignInPaused paused(PersonId account, String address, boolean ofAccount, boolean ofAddress) {
        return new SignInPaused(ORG, AT, account, address, AT.plusSeconds(1), ofAccount, ofAddress);
    }
}
