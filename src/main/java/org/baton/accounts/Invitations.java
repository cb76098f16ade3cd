package org.baton.accounts;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.baton.shared.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inviting a person: a one-time link, valid for a week, with which they choose their own password and
 * so get an account. The admin never learns the password.
 */
@Service
public class Invitations {

    static final Duration VALID_FOR = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final People people;
    private final Accounts accounts;
    private final Clock clock;

    Invitations(JdbcClient jdbc, People people, Accounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public Invitation invite(OrganizationId org, PersonId personId) {
        var person = people.get(org, personId);
        if (accounts.find(org, personId).isPresent()) {
            throw new RuleViolation(null, "account.exists", person.name() + " already has an account.", person.name());
        }
        String secret = SecretTokens.generate("");
        Instant now = Instant.now(clock);
        var invitation = new Invitation(personId, secret, now.plus(VALID_FOR));
        jdbc.sql(
                        "insert into invitations (organization_id, person_id, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?)")
                .params(
                        uuid(org),
                        uuid(personId),
                        SecretTokens.hash(secret),
                        timestamp(now),
                        timestamp(invitation.expiresAt()))
                .update();
        return invitation;
    }

    /** The person an open invitation is for, if the secret belongs to one that is neither used nor expired. */
    @Transactional(readOnly = true)
    public Optional<Person> invitee(String secret) {
        return open(secret).flatMap(found -> people.find(found.organizationId(), found.personId()));
    }

    @Transactional
    public Caller accept(String secret, String password) {
        var found = open(secret)
                .orElseThrow(() -> new RuleViolation(
                        null, "invitation.invalid", "This invitation link is not valid any more. Ask for a new one."));
        var caller = accounts.acceptInvitation(found.organizationId(), found.personId(), password);
        jdbc.sql("update invitations set accepted_at = ? where token_hash = ?")
                .params(timestamp(Instant.now(clock)), SecretTokens.hash(secret))
                .update();
        return caller;
    }

    private Optional<Invitee> open(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql(
                        "select organization_id, person_id from invitations where token_hash = ? and accepted_at is null and expires_at > ?")
                .params(SecretTokens.hash(secret), timestamp(Instant.now(clock)))
                .query((rs, n) ->
                        new Invitee(id(rs, "organization_id", OrganizationId::new), id(rs, "person_id", PersonId::new)))
                .optional();
    }

    private record Invitee(OrganizationId organizationId, PersonId personId) {}
}
