package org.baton.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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

    boolean any() {
        return jdbc.sql("select exists (select 1 from accounts)")
                .query(Boolean.class)
                .single();
    }

    boolean emailTaken(String email) {
        return jdbc.sql("select exists (select 1 from accounts where lower(email) = lower(?))")
                .param(email.strip())
                .query(Boolean.class)
                .single();
    }

    void insert(Caller caller, String passwordHash, Instant now) {
        jdbc.sql(
                        """
                insert into accounts (organization_id, person_id, email, password_hash, admin, operator, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        caller.organizationId().value(),
                        caller.personId().value(),
                        caller.email(),
                        passwordHash,
                        caller.admin(),
                        caller.operator(),
                        Timestamp.from(now))
                .update();
    }

    Optional<SignedInAccount> findByEmail(String email) {
        return jdbc.sql("select * from accounts where lower(email) = lower(?)")
                .param(email.strip())
                .query(AccountRepository::row)
                .optional();
    }

    Optional<SignedInAccount> find(OrganizationId org, PersonId person) {
        return jdbc.sql("select * from accounts where organization_id = ? and person_id = ?")
                .params(org.value(), person.value())
                .query(AccountRepository::row)
                .optional();
    }

    void changePassword(OrganizationId org, PersonId person, String passwordHash) {
        jdbc.sql("update accounts set password_hash = ? where organization_id = ? and person_id = ?")
                .params(passwordHash, org.value(), person.value())
                .update();
    }

    void changeEmail(OrganizationId org, PersonId person, String email) {
        jdbc.sql("update accounts set email = ? where organization_id = ? and person_id = ?")
                .params(email, org.value(), person.value())
                .update();
    }

    Set<PersonId> withAccounts(OrganizationId org, Collection<PersonId> people) {
        if (people.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select person_id from accounts where organization_id = ? and person_id = any(?)")
                .params(org.value(), people.stream().map(PersonId::value).toArray(UUID[]::new))
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class)))
                .list());
    }

    static SignedInAccount row(ResultSet rs, int n) throws SQLException {
        var caller = new Caller(
                new OrganizationId(rs.getObject("organization_id", UUID.class)),
                new PersonId(rs.getObject("person_id", UUID.class)),
                rs.getString("email"),
                rs.getBoolean("admin"),
                rs.getBoolean("operator"));
        return new SignedInAccount(caller, rs.getString("password_hash"));
    }
}
