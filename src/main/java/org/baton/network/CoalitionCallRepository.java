package org.baton.network;

import static org.baton.shared.Rows.date;
import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.name;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;
import static org.baton.shared.Rows.uuidArray;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.StateConflict;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Coalition calls with their panel, applications and ratings, and the coalition's members. Every change to a call
 * is checked against the version read, so of two people changing one call at once exactly one succeeds; an
 * application or a rating writes only its own row (see {@link #holdIn}).
 */
@Repository
class CoalitionCallRepository {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String COLUMNS = "organization_id, id, seats, closes_on, criteria, status, opened_by,"
            + " opened_at, closed_at, selection::text as selection, selected_at, decision_id, version";

    private final JdbcClient jdbc;

    CoalitionCallRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CoalitionCall call) {
        jdbc.sql(
                        """
                insert into coalition_calls (organization_id, id, seats, closes_on, criteria, status, opened_by,
                    opened_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        uuid(call.organizationId()),
                        call.id(),
                        call.seats(),
                        date(call.terms().closesOn()),
                        call.terms().criteria(),
                        name(call.storedStatus()),
                        uuid(call.openedBy()),
                        timestamp(call.openedAt()))
                .update();
        for (var member : call.panelIds()) {
            jdbc.sql("insert into coalition_panel (organization_id, call_id, person_id) values (?, ?, ?)")
                    .params(uuid(call.organizationId()), call.id(), uuid(member))
                    .update();
        }
        call.saved(0);
    }

    /** Writes the call's state, unless someone changed it since it was read. */
    void save(CoalitionCall call) {
        var kept = call.selection()
                .map(p -> new CoalitionSelection(p, call.adopted()))
                .orElse(null);
        int updated = jdbc.sql(
                        """
                update coalition_calls set status = ?, closed_at = ?, selection = cast(? as jsonb), selected_at = ?,
                    decision_id = ?, version = version + 1
                where organization_id = ? and id = ? and version = ?""")
                .params(
                        name(call.storedStatus()),
                        timestamp(call.closedAt().orElse(null)),
                        kept == null ? null : JSON.writeValueAsString(kept),
                        timestamp(call.selectedAt().orElse(null)),
                        call.decisionId().map(DecisionId::value).orElse(null),
                        uuid(call.organizationId()),
                        call.id(),
                        call.version())
                .update();
        if (updated == 0) {
            throw new StateConflict("network.coalition.call.changed", "Someone else changed this call a moment ago.");
        }
        call.saved(call.version() + 1);
    }

    /**
     * Holds the call in {@code statuses} (and, when {@code unselected}, with no selection kept) until the step that
     * asks commits: applications and ratings change only their own rows, never the call's version, so people
     * applying or rating at once do not refuse each other, while a close or a selection waits for them.
     */
    boolean holdIn(OrganizationId org, UUID callId, List<CoalitionCallStatus> statuses, boolean unselected) {
        return jdbc.sql("select exists (select 1 from coalition_calls where organization_id = ? and id = ?"
                        + " and status = any(?) and (? = false or selection is null) for share)")
                .params(uuid(org), callId, statuses.stream().map(Enum::name).toArray(String[]::new), unselected)
                .query(Boolean.class)
                .single();
    }

    void insertApplication(CoalitionCall call, CoalitionApplication a) {
        try {
            insertApplicationRow(call, a);
        } catch (DuplicateKeyException e) {
            throw new StateConflict("network.coalition.application.twice", "You have already applied to this call.");
        }
    }

    private void insertApplicationRow(CoalitionCall call, CoalitionApplication a) {
        jdbc.sql(
                        """
                insert into coalition_applications (organization_id, id, call_id, person_id, motivation, energy,
                    initiative_interest, applied_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        uuid(call.organizationId()),
                        a.id(),
                        call.id(),
                        uuid(a.personId()),
                        a.motivation(),
                        a.energy(),
                        a.initiativeInterest(),
                        timestamp(a.appliedAt()))
                .update();
    }

    void saveRating(OrganizationId org, UUID applicationId, CoalitionRating r) {
        jdbc.sql(
                        """
                insert into coalition_ratings (organization_id, application_id, rater_id, attitude, energy, rated_at)
                values (?, ?, ?, ?, ?, ?) on conflict (organization_id, application_id, rater_id)
                do update set attitude = excluded.attitude, energy = excluded.energy, rated_at = excluded.rated_at""")
                .params(uuid(org), applicationId, uuid(r.raterId()), r.attitude(), r.energy(), timestamp(r.ratedAt()))
                .update();
    }

    /**
     * The coalition becomes the people this call seats: everyone else leaves it; who already sat on it stays (since
     * they joined), now seated by this call.
     */
    void replaceMembers(OrganizationId org, UUID callId, List<PersonId> people, Instant at) {
        jdbc.sql("delete from coalition_members where organization_id = ? and person_id <> all(?)")
                .params(uuid(org), uuidArray(people))
                .update();
        for (var person : people) {
            jdbc.sql(
                            """
                    insert into coalition_members (organization_id, person_id, call_id, joined_at) values (?, ?, ?, ?)
                    on conflict (organization_id, person_id) do update set call_id = excluded.call_id""")
                    .params(uuid(org), uuid(person), callId, timestamp(at))
                    .update();
        }
    }

    /** The coalition's members, earliest first. */
    List<CoalitionMember> members(OrganizationId org) {
        return jdbc.sql(
                        """
                select person_id, call_id, joined_at from coalition_members where organization_id = ?
                order by joined_at, person_id""")
                .param(uuid(org))
                .query((rs, n) -> new CoalitionMember(
                        id(rs, "person_id", PersonId::new),
                        rs.getObject("call_id", UUID.class),
                        instant(rs, "joined_at")))
                .list();
    }

    Optional<CoalitionCall> find(OrganizationId org, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from coalition_calls where organization_id = ? and id = ?")
                .params(uuid(org), id)
                .query(CoalitionCallRow::of)
                .optional()
                .map(row -> row.call(panel(org, id), applications(org, id)));
    }

    /**
     * Newest first, as a listing reads them in three queries whatever their number: each call with its panel, how
     * many applied, and {@code viewer}'s own application (without the panel's ratings).
     */
    List<CoalitionCall> all(OrganizationId org, PersonId viewer) {
        var panels = new HashMap<UUID, List<PersonId>>();
        jdbc.sql("select call_id, person_id from coalition_panel where organization_id = ? order by person_id")
                .param(uuid(org))
                .query(rs -> {
                    panels.computeIfAbsent(rs.getObject("call_id", UUID.class), k -> new ArrayList<>())
                            .add(id(rs, "person_id", PersonId::new));
                });
        var own = new HashMap<UUID, CoalitionApplication>();
        jdbc.sql(
                        """
                select call_id, id, person_id, motivation, energy, initiative_interest, applied_at
                from coalition_applications where organization_id = ? and person_id = ?""")
                .params(uuid(org), uuid(viewer))
                .query(rs -> {
                    own.put(rs.getObject("call_id", UUID.class), application(rs, List.of()));
                });
        var counts = new HashMap<UUID, Integer>();
        return jdbc
                .sql("select " + COLUMNS + ", (select count(*) from coalition_applications a"
                        + " where a.organization_id = c.organization_id and a.call_id = c.id) as applied"
                        + " from coalition_calls c where organization_id = ? order by opened_at desc, id")
                .param(uuid(org))
                .query((rs, n) -> {
                    var row = CoalitionCallRow.of(rs, n);
                    counts.put(row.callId(), rs.getInt("applied"));
                    return row;
                })
                .list()
                .stream()
                .map(row -> {
                    var mine = own.get(row.callId());
                    var call = row.call(
                            panels.getOrDefault(row.callId(), List.of()), mine == null ? List.of() : List.of(mine));
                    call.counted(counts.get(row.callId()));
                    return call;
                })
                .toList();
    }

    Optional<CoalitionCall> adoptingUnder(OrganizationId org, DecisionId decision) {
        return jdbc.sql("select id from coalition_calls where organization_id = ? and decision_id = ?"
                        + " and status = 'ADOPTING'")
                .params(uuid(org), uuid(decision))
                .query(UUID.class)
                .optional()
                .flatMap(id -> find(org, id));
    }

    /** Calls of every organization still open although their closing date has passed. */
    List<Map.Entry<OrganizationId, UUID>> openPast(LocalDate today) {
        return jdbc.sql("select organization_id, id from coalition_calls where status = 'OPEN' and closes_on < ?")
                .param(date(today))
                .query((rs, n) ->
                        Map.entry(id(rs, "organization_id", OrganizationId::new), rs.getObject("id", UUID.class)))
                .list();
    }

    private List<PersonId> panel(OrganizationId org, UUID call) {
        return jdbc.sql("select person_id from coalition_panel where organization_id = ? and call_id = ?"
                        + " order by person_id")
                .params(uuid(org), call)
                .query((rs, n) -> id(rs, "person_id", PersonId::new))
                .list();
    }

    private List<CoalitionApplication> applications(OrganizationId org, UUID call) {
        var ratings = new HashMap<UUID, List<CoalitionRating>>();
        jdbc.sql(
                        """
                select r.application_id, r.rater_id, r.attitude, r.energy, r.rated_at from coalition_ratings r
                join coalition_applications a on a.organization_id = r.organization_id and a.id = r.application_id
                where r.organization_id = ? and a.call_id = ? order by r.rated_at, r.rater_id""")
                .params(uuid(org), call)
                .query(rs -> {
                    ratings.computeIfAbsent(rs.getObject("application_id", UUID.class), k -> new ArrayList<>())
                            .add(new CoalitionRating(
                                    id(rs, "rater_id", PersonId::new),
                                    rs.getInt("attitude"),
                                    rs.getInt("energy"),
                                    instant(rs, "rated_at")));
                });
        return jdbc.sql(
                        """
                select id, person_id, motivation, energy, initiative_interest, applied_at from coalition_applications
                where organization_id = ? and call_id = ? order by applied_at, id""")
                .params(uuid(org), call)
                .query((rs, n) -> application(rs, ratings.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    private static CoalitionApplication application(ResultSet rs, List<CoalitionRating> ratings) throws SQLException {
        return new CoalitionApplication(
                rs.getObject("id", UUID.class),
                id(rs, "person_id", PersonId::new),
                rs.getString("motivation"),
                rs.getString("energy"),
                rs.getString("initiative_interest"),
                instant(rs, "applied_at"),
                ratings);
    }
}
