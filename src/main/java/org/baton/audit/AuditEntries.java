package org.baton.audit;

import java.util.Map;
import java.util.UUID;
import org.baton.accounts.AccountEvent;
import org.baton.accounts.AccountGranted;
import org.baton.accounts.AdminRightsChanged;
import org.baton.accounts.PasswordChanged;
import org.baton.accounts.SignInFailed;
import org.baton.accounts.SignInPaused;
import org.baton.accounts.TokenIssued;
import org.baton.accounts.TokenRevoked;
import org.baton.people.PersonId;

/**
 * What the audit log keeps of each account event. A failed sign-in has no actor (nobody signed in) but names the
 * account tried and the client address; a token is named, never its secret; a password change says how many tokens
 * went with it; a throttled sign-in says until when, and whether the account, the address or both were paused.
 */
final class AuditEntries {

    /** Which sign-ins a throttling episode paused, as the {@code paused} detail says it. */
    enum Paused {
        ACCOUNT,
        ADDRESS,
        ACCOUNT_AND_ADDRESS
    }

    private AuditEntries() {}

    static AuditEntry of(AccountEvent event, UUID id) {
        return switch (event) {
            case AccountGranted e ->
                entry(e, id, AuditKind.ACCOUNT_GRANTED, e.grantedBy(), "", Map.of("admin", flag(e.admin())));
            case AdminRightsChanged e ->
                entry(
                        e,
                        id,
                        e.admin() ? AuditKind.ADMIN_RIGHTS_GIVEN : AuditKind.ADMIN_RIGHTS_TAKEN,
                        e.changedBy(),
                        "",
                        Map.of());
            case PasswordChanged e ->
                entry(
                        e,
                        id,
                        AuditKind.PASSWORD_CHANGED,
                        e.personId(),
                        "",
                        Map.of("tokensRevoked", Integer.toString(e.tokensRevoked())));
            case TokenIssued e ->
                entry(
                        e,
                        id,
                        AuditKind.TOKEN_ISSUED,
                        e.personId(),
                        "",
                        Map.of("token", e.name(), "tokenId", e.tokenId().toString()));
            case TokenRevoked e ->
                entry(
                        e,
                        id,
                        AuditKind.TOKEN_REVOKED,
                        e.personId(),
                        "",
                        Map.of("token", e.name(), "tokenId", e.tokenId().toString()));
            case SignInFailed e -> entry(e, id, AuditKind.SIGN_IN_FAILED, null, e.address(), Map.of());
            case SignInPaused e ->
                entry(
                        e,
                        id,
                        AuditKind.SIGN_IN_THROTTLED,
                        null,
                        e.address(),
                        Map.of(
                                "until",
                                e.until().toString(),
                                "paused",
                                paused(e).name()));
        };
    }

    private static Paused paused(SignInPaused e) {
        if (e.accountPaused() && e.addressPaused()) {
            return Paused.ACCOUNT_AND_ADDRESS;
        }
        return e.accountPaused() ? Paused.ACCOUNT : Paused.ADDRESS;
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }

    private static AuditEntry entry(
            AccountEvent e, UUID id, AuditKind kind, PersonId actor, String address, Map<String, String> details) {
        return new AuditEntry(id, e.organizationId(), e.at(), kind, actor, e.personId(), address, details);
    }
}
