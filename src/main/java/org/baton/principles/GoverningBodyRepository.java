package org.baton.principles;

import static org.baton.shared.Rows.uuid;

import java.time.Period;
import java.util.List;
import org.baton.roles.Assignment;
import org.baton.roles.RoleDefinition;
import org.baton.roles.RoleId;
import org.baton.roles.RoleOrigin;
import org.baton.roles.RoleScope;
import org.baton.roles.RoleType;
import org.baton.roles.Roles;
import org.baton.shared.OrganizationId;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The governance body: its terms are the assignments of the role Baton relies on under the charter
 * {@link #CHARTER} (seats and terms, DOMAIN.md §13), read and written through {@link Roles}; its review cadence is
 * kept here.
 */
@Repository
class GoverningBodyRepository {

    /** The charter that marks the principles governance body among an organization's roles. */
    static final String CHARTER = "PRINCIPLES_GOVERNANCE";

    private final JdbcClient jdbc;
    private final Roles roles;

    /**
     * Roles is resolved when first used ({@link Lazy}): it needs the decisions module, which checks cited principles
     * against {@link Principles}, which needs this repository.
     */
    GoverningBodyRepository(JdbcClient jdbc, @Lazy Roles roles) {
        this.jdbc = jdbc;
        this.roles = roles;
    }

    GoverningBody of(OrganizationId org) {
        var role = roles.chartered(org, CHARTER);
        var terms = role.map(r -> r.assignments().stream()
                        .map(GoverningBodyRepository::term)
                        .toList())
                .orElse(List.of());
        var cadence = jdbc.sql("select review_cadence from governance_settings where organization_id = ?")
                .param(uuid(org))
                .query(String.class)
                .optional()
                .map(Period::parse)
                .orElse(null);
        return new GoverningBody(
                org, terms, cadence, role.map(r -> r.definition().seats()).orElse(GoverningBody.DEFAULT_SEATS));
    }

    /** Whether this role is the organization's governance body. */
    boolean isBodyRole(OrganizationId org, RoleId role) {
        return roles.chartered(org, CHARTER).map(r -> r.id().equals(role)).orElse(false);
    }

    /**
     * Seats the body's new terms on its role, on the authority of {@code origin} (the admin acting for a body
     * without members, or the body's consent decision), defining the role the first time; writes the cadence.
     */
    void save(GoverningBody body, RoleOrigin origin) {
        var org = body.organizationId();
        if (!body.newTerms().isEmpty() && roles.chartered(org, CHARTER).isEmpty()) {
            roles.define(org, origin, definition(), CHARTER);
        }
        for (Term term : body.newTerms()) {
            roles.seatChartered(org, CHARTER, origin, term.id(), term.personId(), term.startsOn(), term.endsOn());
        }
        if (body.cadenceChanged()) {
            jdbc.sql(
                            """
                    insert into governance_settings (organization_id, review_cadence) values (?, ?)
                    on conflict (organization_id) do update set review_cadence = excluded.review_cadence""")
                    .params(uuid(org), body.cadence().toString())
                    .update();
        }
        body.saved();
    }

    /** The body as a role: an organization faculty seating at least five, for the whole organization. */
    private static RoleDefinition definition() {
        return new RoleDefinition(
                RoleType.ORG_FACULTY,
                "Principles governance body",
                "",
                List.of(),
                RoleScope.ORGANIZATION,
                null,
                GoverningBody.DEFAULT_SEATS,
                null);
    }

    /** A seat as a term: until the holder stepped back, else until the term's end (open while it has none). */
    private static Term term(Assignment a) {
        return new Term(a.id(), a.personId(), a.from(), a.endsOn());
    }
}
