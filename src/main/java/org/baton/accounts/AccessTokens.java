package org.baton.accounts;

import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.baton.shared.NotFound;
import org.baton.shared.RuleViolation;
import org.baton.shared.SecretTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal access tokens for the API: issued to a signed-in person, listed, revoked. */
@Service
public class AccessTokens {

    private static final String COLUMNS = "id, name, created_at, last_used_at, revoked_at";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccessTokens(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public IssuedToken issue(Caller caller, String name) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "token.name.required", "Name the token, so you can tell it apart later.");
        }
        if (name.strip().length() > 100) {
            throw new RuleViolation("name", "token.name.long", "A token name may have at most 100 characters.");
        }
        String secret = SecretTokens.generate("baton_");
        var token = new AccessToken(UUID.randomUUID(), name.strip(), now(), null, null);
        jdbc.sql(
                        """
                insert into access_tokens (organization_id, id, person_id, name, token_hash, created_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(
                        uuid(caller.organizationId()),
                        token.id(),
                        uuid(caller.personId()),
                        token.name(),
                        SecretTokens.hash(secret),
                        timestamp(token.createdAt()))
                .update();
        events.publishEvent(new TokenIssued(
                caller.organizationId(), token.createdAt(), caller.personId(), token.id(), token.name()));
        return new IssuedToken(token, secret);
    }

    @Transactional(readOnly = true)
    public List<AccessToken> list(Caller caller) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from access_tokens where organization_id = ? and person_id = ? order by created_at desc, id")
                .params(uuid(caller.organizationId()), uuid(caller.personId()))
                .query((rs, n) -> new AccessToken(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        instant(rs, "created_at"),
                        instant(rs, "last_used_at"),
                        instant(rs, "revoked_at")))
                .list();
    }

    /** Revokes one of the caller's tokens; revoking a revoked token again changes nothing. */
    @Transactional
    public void revoke(Caller caller, UUID tokenId) {
        var now = now();
        var revoked = jdbc.sql(
                        """
                update access_tokens set revoked_at = ?
                where organization_id = ? and person_id = ? and id = ? and revoked_at is null
                returning name""")
                .params(timestamp(now), uuid(caller.organizationId()), uuid(caller.personId()), tokenId)
                .query(String.class)
                .optional();
        if (revoked.isPresent()) {
            events.publishEvent(
                    new TokenRevoked(caller.organizationId(), now, caller.personId(), tokenId, revoked.get()));
            return;
        }
        boolean exists = jdbc.sql(
                        "select exists (select 1 from access_tokens where organization_id = ? and person_id = ? and id = ?)")
                .params(uuid(caller.organizationId()), uuid(caller.personId()), tokenId)
                .query(Boolean.class)
                .single();
        if (!exists) {
            throw new NotFound("access token", tokenId);
        }
    }

    /** Revokes every live token of the caller; returns how many. */
    @Transactional
    int revokeAll(Caller caller) {
        return jdbc.sql(
                        """
                update access_tokens set revoked_at = ?
                where organization_id = ? and person_id = ? and revoked_at is null""")
                .params(timestamp(now()), uuid(caller.organizationId()), uuid(caller.personId()))
                .update();
    }

    /** The caller a token stands for, when it is a live token. */
    @Transactional
    public Optional<Caller> authenticate(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        var owner = jdbc.sql(
                        """
                select a.* from access_tokens t
                join accounts a on a.organization_id = t.organization_id and a.person_id = t.person_id
                where t.token_hash = ? and t.revoked_at is null""")
                .param(SecretTokens.hash(secret.strip()))
                .query(AccountRepository::row)
                .optional()
                .map(SignedInAccount::caller);
        // Recorded to the minute, so a busy client does not turn every read into a write.
        owner.ifPresent(caller -> jdbc.sql(
                        """
                update access_tokens set last_used_at = ?
                where token_hash = ? and (last_used_at is null or last_used_at < ?)""")
                .params(timestamp(now()), SecretTokens.hash(secret.strip()), timestamp(now().minusSeconds(60)))
                .update());
        return owner;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
