package org.baton.accounts;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;
import static org.baton.shared.Rows.uuidArray;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Founding organizations one at a time, so two at once cannot both be the first (whose admin runs the site). */
    void lockFounding() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('baton.founding'))")
                .query()
                .singleRow();
    }

    boolean any() {
        return jdbc.sql("select exists (select 1 from accounts)")
                .query(Boolean.class)
                .single();
    }

    /** Whether another account of the organization signs in with this email; other organizations are not asked. */
    boolean emailTaken(OrganizationId org, String email, PersonId except) {
        return jdbc.sql(
                        "select exists (select 1 from accounts where organization_id = ? and lower(email) = lower(?) and person_id <> ?)")
                .params(uuid(org), email.strip(), uuid(except))
                .query(Boolean.class)
                .single();
    }

    void insert(Caller caller, String passwordHash, Instant now) {
        jdbc.sql(
                        """
                insert into accounts (organization_id, person_id, email, password_hash, admin, operator, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        uuid(caller.organizationId()),
                        uuid(caller.personId()),
                        caller.email(),
                        passwordHash,
                        caller.admin(),
                        caller.operator(),
                        timestamp(now))
                .update();
    }

    /**
     * Every account that signs in with this email, one per organization at most: the most recently signed in
     * first, then the newest.
     */
    List<SignedInAccount> findByEmail(String email) {
        return jdbc.sql(
                        """
                select * from accounts where lower(email) = lower(?)
                order by last_signed_in_at desc nulls last, created_at desc, organization_id""")
                .param(email.strip())
                .query(AccountRepository::row)
                .list();
    }

    void signedIn(OrganizationId org, PersonId person, Instant now) {
        jdbc.sql("update accounts set last_signed_in_at = ? where organization_id = ? and person_id = ?")
                .params(timestamp(now), uuid(org), uuid(person))
                .update();
    }

    void changeAdmin(OrganizationId org, PersonId person, boolean admin) {
        jdbc.sql("update accounts set admin = ? where organization_id = ? and person_id = ?")
                .params(admin, uuid(org), uuid(person))
                .update();
    }

    Optional<SignedInAccount> find(OrganizationId org, PersonId person) {
        return jdbc.sql("select * from accounts where organization_id = ? and person_id = ?")
                .params(uuid(org), uuid(person))
                .query(AccountRepository::row)
                .optional();
    }

    void changePassword(OrganizationId org, PersonId person, String passwordHash) {
        jdbc.sql("update accounts set password_hash = ? where organization_id = ? and person_id = ?")
                .params(passwordHash, uuid(org), uuid(person))
                .update();
    }

    void changeEmail(OrganizationId org, PersonId person, String email) {
        jdbc.sql("update accounts set email = ? where organization_id = ? and person_id = ?")
                .params(email, uuid(org), uuid(person))
                .update();
    }

    Set<PersonId> withAccounts(OrganizationId org, Collection<PersonId> people) {
        if (people.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select person_id from accounts where organization_id = ? and person_id = any(?)")
                .params(uuid(org), uuidArray(List.copyOf(people)))
                .query((rs, n) -> id(rs, "person_id", PersonId::new))
                .list());
    }

    static SignedInAccount row(ResultSet rs, int n) throws SQLException {
        var caller = new Caller(
                id(rs, "organization_id", OrganizationId::new),
                id(rs, "person_id", PersonId::new),
                rs.getString("email"),
                rs.getBoolean("admin"),
                rs.getBoolean("operator"));
        return new SignedInAccount(caller, rs.getString("password_hash"));
    }
}
