package org.baton.audit;

/** What an audit entry records. The names are stable: API clients filter by them and old entries keep them. */
public enum AuditKind {
    ACCOUNT_GRANTED,
    ADMIN_RIGHTS_GIVEN,
    ADMIN_RIGHTS_TAKEN,
    PASSWORD_CHANGED,
    TOKEN_ISSUED,
    TOKEN_REVOKED,
    SIGN_IN_FAILED,
    SIGN_IN_THROTTLED
}
