package org.baton.calendar;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's secret calendar feed: made (replacing the one before), revoked, and found by its secret. */
@Service
public class CalendarFeeds {

    private final JdbcClient jdbc;
    private final Clock clock;

    CalendarFeeds(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new feed for {@code person}; the address of the one before stops working at once. */
    @Transactional
    public IssuedFeed issue(OrganizationId org, PersonId person) {
        revoke(org, person);
        String secret = SecretTokens.generate("");
        var feed = new CalendarFeed(UUID.randomUUID(), now());
        jdbc.sql(
                        """
                insert into calendar_feeds (organization_id, id, person_id, token_hash, created_at)
                values (?, ?, ?, ?, ?)""")
                .params(uuid(org), feed.id(), uuid(person), SecretTokens.hash(secret), timestamp(feed.createdAt()))
                .update();
        return new IssuedFeed(feed, secret);
    }

    /** Revokes {@code person}'s feed, if they have one; its address stops working at once. */
    @Transactional
    public boolean revoke(OrganizationId org, PersonId person) {
        return jdbc.sql(
                                """
                update calendar_feeds set revoked_at = ?
                where organization_id = ? and person_id = ? and revoked_at is null""")
                        .params(timestamp(now()), uuid(org), uuid(person))
                        .update()
                > 0;
    }

    @Transactional(readOnly = true)
    public Optional<CalendarFeed> liveFeedOf(OrganizationId org, PersonId person) {
        return jdbc.sql(
                        """
                select id, created_at from calendar_feeds
                where organization_id = ? and person_id = ? and revoked_at is null""")
                .params(uuid(org), uuid(person))
                .query((rs, n) -> new CalendarFeed(rs.getObject("id", UUID.class), instant(rs, "created_at")))
                .optional();
    }

    /** Whose calendar a live feed's secret opens; nothing for an unknown or revoked one. */
    @Transactional(readOnly = true)
    Optional<FeedOwner> ownerOf(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql(
                        "select organization_id, person_id from calendar_feeds where token_hash = ? and revoked_at is null")
                .param(SecretTokens.hash(secret))
                .query((rs, n) -> new FeedOwner(
                        id(rs, "organization_id", OrganizationId::new), id(rs, "person_id", PersonId::new)))
                .optional();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
