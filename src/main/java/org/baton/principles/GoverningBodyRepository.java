package org.baton.principles;

import static org.baton.shared.Rows.date;
import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.localDate;
import static org.baton.shared.Rows.uuid;

import java.time.Period;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The governance body: its terms (only ever added) and its review cadence. */
@Repository
class GoverningBodyRepository {

    private final JdbcClient jdbc;

    GoverningBodyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    GoverningBody of(OrganizationId org) {
        var terms = jdbc.sql("select * from governance_members where organization_id = ? order by term_ends_on, id")
                .param(uuid(org))
                .query((rs, n) -> new Term(
                        rs.getObject("id", UUID.class),
                        id(rs, "person_id", PersonId::new),
                        localDate(rs, "term_starts_on"),
                        localDate(rs, "term_ends_on")))
                .list();
        var cadence = jdbc.sql("select review_cadence from governance_settings where organization_id = ?")
                .param(uuid(org))
                .query(String.class)
                .optional()
                .map(Period::parse)
                .orElse(null);
        return new GoverningBody(org, terms, cadence);
    }

    void save(GoverningBody body) {
        var org = uuid(body.organizationId());
        for (Term term : body.newTerms()) {
            jdbc.sql(
                            "insert into governance_members (organization_id, id, person_id, term_starts_on, term_ends_on) values (?, ?, ?, ?, ?)")
                    .params(org, term.id(), uuid(term.personId()), date(term.startsOn()), date(term.endsOn()))
                    .update();
        }
        if (body.cadenceChanged()) {
            jdbc.sql(
                            """
                    insert into governance_settings (organization_id, review_cadence) values (?, ?)
                    on conflict (organization_id) do update set review_cadence = excluded.review_cadence""")
                    .params(org, body.cadence().toString())
                    .update();
        }
        body.saved();
    }
}
