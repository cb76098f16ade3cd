package org.baton.people;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Mentorships, open and ended: a mentorship is written once when chosen and once more when it ends. */
@Repository
class MentorshipRepository {

    private static final String COLUMNS = "id, mentee_id, mentor_id, knowledge_area, started_at, ended_at";

    private final JdbcClient jdbc;

    MentorshipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(OrganizationId org, Mentorship mentorship) {
        jdbc.sql(
                        """
                insert into mentorships (organization_id, id, mentee_id, mentor_id, knowledge_area, started_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(
                        uuid(org),
                        uuid(mentorship.id()),
                        uuid(mentorship.menteeId()),
                        uuid(mentorship.mentorId()),
                        mentorship.knowledgeArea(),
                        timestamp(mentorship.startedAt()))
                .update();
    }

    void ended(OrganizationId org, Mentorship mentorship) {
        jdbc.sql("update mentorships set ended_at = ? where organization_id = ? and id = ? and ended_at is null")
                .params(timestamp(mentorship.endedAt()), uuid(org), uuid(mentorship.id()))
                .update();
    }

    Optional<Mentorship> find(OrganizationId org, MentorshipId id) {
        return jdbc.sql("select " + COLUMNS + " from mentorships where organization_id = ? and id = ?")
                .params(uuid(org), uuid(id))
                .query(this::row)
                .optional();
    }

    /** The person's mentorships both ways (as mentee and as mentor), open ones first, newest first. */
    List<Mentorship> of(OrganizationId org, PersonId person) {
        return jdbc.sql("select " + COLUMNS
                        + " from mentorships where organization_id = ? and (mentee_id = ? or mentor_id = ?)"
                        + " order by ended_at is not null, started_at desc, id")
                .params(uuid(org), uuid(person), uuid(person))
                .query(this::row)
                .list();
    }

    private Mentorship row(ResultSet rs, int n) throws SQLException {
        return new Mentorship(
                id(rs, "id", MentorshipId::new),
                id(rs, "mentee_id", PersonId::new),
                id(rs, "mentor_id", PersonId::new),
                rs.getString("knowledge_area"),
                instant(rs, "started_at"),
                instant(rs, "ended_at"));
    }
}
