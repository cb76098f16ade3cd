package org.baton.roles;

import static org.baton.shared.Rows.constant;
import static org.baton.shared.Rows.date;
import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.instant;
import static org.baton.shared.Rows.localDate;
import static org.baton.shared.Rows.timestamp;
import static org.baton.shared.Rows.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.Rows;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Autonomy agreements and their check-ins. Saving writes the agreement's row (version-checked) and the check-ins
 * added since it was loaded: check-ins are only ever added.
 */
@Repository
class AutonomyAgreementRepository {

    private final JdbcClient jdbc;

    AutonomyAgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AutonomyAgreement a) {
        var led = a.led();
        jdbc.sql(
                        """
                insert into autonomy_agreements (organization_id, id, leader_id, person_id, home_base_id, mission_id, context,
                    stage_what, stage_when, stage_where, stage_with_whom, review_on, agreed_by, agreed_at, stages_since, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        uuid(a.organizationId()),
                        uuid(a.id()),
                        uuid(a.leaderId()),
                        uuid(led.personId()),
                        uuid(led.homeBaseId()),
                        uuid(led.missionId()),
                        a.context(),
                        a.stages().what(),
                        a.stages().when(),
                        a.stages().where(),
                        a.stages().withWhom(),
                        date(a.reviewOn()),
                        uuid(a.agreedBy()),
                        timestamp(a.agreedAt()),
                        timestamp(a.stagesSince()))
                .update();
        insertCheckIns(a, 0);
    }

    /**
     * Writes the stages, review date and the check-ins added since the agreement was loaded with {@code loadedCheckIns}
     * of them, or refuses when someone saved it since {@code expectedVersion}.
     */
    void update(AutonomyAgreement a, int loadedCheckIns, long expectedVersion) {
        int updated = jdbc.sql(
                        """
                update autonomy_agreements set stage_what = ?, stage_when = ?, stage_where = ?, stage_with_whom = ?,
                    review_on = ?, stages_since = ?, version = version + 1
                where organization_id = ? and id = ? and version = ?""")
                .params(
                        a.stages().what(),
                        a.stages().when(),
                        a.stages().where(),
                        a.stages().withWhom(),
                        date(a.reviewOn()),
                        timestamp(a.stagesSince()),
                        uuid(a.organizationId()),
                        uuid(a.id()),
                        expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException(
                    "autonomy agreement " + a.id() + " was changed by someone else");
        }
        insertCheckIns(a, loadedCheckIns);
    }

    Optional<AutonomyAgreement> find(OrganizationId org, AutonomyAgreementId id) {
        return complete(
                        org,
                        jdbc.sql("select * from autonomy_agreements where organization_id = ? and id = ?")
                                .params(uuid(org), uuid(id))
                                .query(this::row)
                                .list())
                .stream()
                .findFirst();
    }

    /**
     * The agreements {@code party} may be a party of: where they lead, are led, or are on a team led ({@code teams}
     * being the home bases and missions they belong to); newest first. The policy filters the rest.
     */
    List<AutonomyAgreement> involving(
            OrganizationId org, PersonId party, Set<HomeBaseId> homeBases, Set<MissionId> missions) {
        return complete(
                org,
                jdbc.sql(
                                """
                        select * from autonomy_agreements where organization_id = :org
                          and (leader_id = :person or person_id = :person
                               or home_base_id = any(:homeBases) or mission_id = any(:missions))
                        order by agreed_at desc, id""")
                        .param("org", uuid(org))
                        .param("person", uuid(party))
                        .param("homeBases", Rows.uuidArray(List.copyOf(homeBases)))
                        .param("missions", Rows.uuidArray(List.copyOf(missions)))
                        .query(this::row)
                        .list());
    }

    private void insertCheckIns(AutonomyAgreement a, int from) {
        var all = a.checkIns();
        for (int position = from; position < all.size(); position++) {
            var c = all.get(position);
            jdbc.sql(
                            """
                    insert into autonomy_check_ins (organization_id, id, agreement_id, position, by_id, side,
                        fit_what, fit_when, fit_where, fit_with_whom, note, at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            uuid(a.organizationId()),
                            c.id(),
                            uuid(a.id()),
                            position,
                            uuid(c.by()),
                            c.side().name(),
                            c.fit().what().name(),
                            c.fit().when().name(),
                            c.fit().where().name(),
                            c.fit().withWhom().name(),
                            c.note(),
                            timestamp(c.at()))
                    .update();
        }
    }

    private List<AutonomyAgreement> complete(OrganizationId org, List<AutonomyAgreement> found) {
        if (found.isEmpty()) {
            return found;
        }
        var checkIns = new LinkedHashMap<UUID, List<AutonomyCheckIn>>();
        jdbc.sql(
                        """
                select * from autonomy_check_ins where organization_id = ? and agreement_id = any(?)
                order by agreement_id, position""")
                .params(
                        uuid(org),
                        Rows.uuidArray(found.stream().map(AutonomyAgreement::id).toList()))
                .query(rs -> {
                    checkIns.computeIfAbsent(rs.getObject("agreement_id", UUID.class), k -> new ArrayList<>())
                            .add(checkIn(rs));
                });
        return found.stream().map(a -> withCheckIns(a, checkIns)).toList();
    }

    private static AutonomyAgreement withCheckIns(AutonomyAgreement a, Map<UUID, List<AutonomyCheckIn>> checkIns) {
        return new AutonomyAgreement(
                a.id(),
                a.organizationId(),
                a.leaderId(),
                a.led(),
                a.context(),
                a.stages(),
                a.reviewOn(),
                checkIns.getOrDefault(a.id().value(), List.of()),
                a.agreedBy(),
                a.agreedAt(),
                a.stagesSince(),
                a.version());
    }

    private static AutonomyCheckIn checkIn(ResultSet rs) throws SQLException {
        return new AutonomyCheckIn(
                rs.getObject("id", UUID.class),
                id(rs, "by_id", PersonId::new),
                constant(rs, "side", AutonomySide.class),
                new AutonomyFits(
                        constant(rs, "fit_what", AutonomyFit.class),
                        constant(rs, "fit_when", AutonomyFit.class),
                        constant(rs, "fit_where", AutonomyFit.class),
                        constant(rs, "fit_with_whom", AutonomyFit.class)),
                rs.getString("note"),
                instant(rs, "at"));
    }

    private AutonomyAgreement row(ResultSet rs, int n) throws SQLException {
        return new AutonomyAgreement(
                id(rs, "id", AutonomyAgreementId::new),
                id(rs, "organization_id", OrganizationId::new),
                id(rs, "leader_id", PersonId::new),
                new AutonomyLed(
                        id(rs, "person_id", PersonId::new),
                        id(rs, "home_base_id", HomeBaseId::new),
                        id(rs, "mission_id", MissionId::new)),
                rs.getString("context"),
                new AutonomyStages(
                        rs.getInt("stage_what"),
                        rs.getInt("stage_when"),
                        rs.getInt("stage_where"),
                        rs.getInt("stage_with_whom")),
                localDate(rs, "review_on"),
                List.of(),
                id(rs, "agreed_by", PersonId::new),
                instant(rs, "agreed_at"),
                instant(rs, "stages_since"),
                rs.getLong("version"));
    }
}
