package org.baton.zones;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.Rows;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ZoneRepository {

    private final JdbcClient jdbc;

    ZoneRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DecisionArea area) {
        jdbc.sql(
                        "insert into decision_areas (organization_id, id, name, zone, description, created_at, version) values (?, ?, ?, ?, ?, ?, 0)")
                .params(
                        area.organizationId().value(),
                        area.id().value(),
                        area.name(),
                        area.zone().name(),
                        area.description(),
                        Timestamp.from(area.createdAt()))
                .update();
    }

    void update(DecisionArea area, long expectedVersion) {
        int updated = jdbc.sql(
                        """
                update decision_areas set name = ?, zone = ?, description = ?, version = version + 1
                where organization_id = ? and id = ? and version = ?""")
                .params(
                        area.name(),
                        area.zone().name(),
                        area.description(),
                        area.organizationId().value(),
                        area.id().value(),
                        expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("decision area " + area.id() + " was changed by someone else");
        }
    }

    Optional<DecisionArea> find(OrganizationId org, AreaId id) {
        return jdbc.sql("select * from decision_areas where organization_id = ? and id = ?")
                .params(org.value(), id.value())
                .query(ZoneRepository::area)
                .optional();
    }

    Optional<DecisionArea> findByName(OrganizationId org, String name) {
        return jdbc.sql("select * from decision_areas where organization_id = ? and lower(name) = lower(?)")
                .params(org.value(), name.strip())
                .query(ZoneRepository::area)
                .optional();
    }

    List<DecisionArea> all(OrganizationId org) {
        return jdbc.sql("select * from decision_areas where organization_id = ? order by lower(name), id")
                .param(org.value())
                .query(ZoneRepository::area)
                .list();
    }

    void grant(OrganizationId org, Mandate mandate) {
        jdbc.sql(
                        """
                insert into mandates (organization_id, id, area_id, home_base_id, mission_id, role_id, role_name,
                    granted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        org.value(),
                        mandate.id(),
                        mandate.areaId().value(),
                        Rows.uuid(mandate.homeBaseId()),
                        Rows.uuid(mandate.missionId()),
                        mandate.roleId(),
                        mandate.roleName(),
                        Rows.timestamp(mandate.grantedAt()))
                .update();
    }

    boolean revoke(OrganizationId org, UUID mandateId, Instant at) {
        return jdbc.sql(
                                "update mandates set revoked_at = ? where organization_id = ? and id = ? and revoked_at is null")
                        .params(Timestamp.from(at), org.value(), mandateId)
                        .update()
                > 0;
    }

    /** A mandate in force; empty once it is revoked. */
    Optional<Mandate> mandate(OrganizationId org, UUID mandateId) {
        return jdbc.sql("select * from mandates where organization_id = ? and id = ? and revoked_at is null")
                .params(org.value(), mandateId)
                .query(ZoneRepository::mandate)
                .optional();
    }

    List<Mandate> mandates(OrganizationId org, AreaId area) {
        return jdbc.sql(
                        "select * from mandates where organization_id = ? and (cast(? as uuid) is null or area_id = ?) and revoked_at is null order by granted_at, id")
                .params(org.value(), area == null ? null : area.value(), area == null ? null : area.value())
                .query(ZoneRepository::mandate)
                .list();
    }

    List<Mandate> mandatesOfMission(OrganizationId org, MissionId mission) {
        return jdbc.sql(
                        "select * from mandates where organization_id = ? and mission_id = ? and revoked_at is null order by granted_at, id")
                .params(org.value(), mission.value())
                .query(ZoneRepository::mandate)
                .list();
    }

    List<Mandate> mandatesOfRole(OrganizationId org, UUID roleId) {
        return jdbc.sql(
                        "select * from mandates where organization_id = ? and role_id = ? and revoked_at is null order by granted_at, id")
                .params(org.value(), roleId)
                .query(ZoneRepository::mandate)
                .list();
    }

    Centre centre(OrganizationId org) {
        var name = jdbc.sql("select name from centres where organization_id = ?")
                .param(org.value())
                .query(String.class)
                .optional();
        if (name.isEmpty()) {
            return Centre.NONE;
        }
        var members = jdbc.sql(
                        """
                select person_id from centre_members where organization_id = ? order by person_id""")
                .param(org.value())
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class)))
                .list();
        return new Centre(name.get(), members);
    }

    void saveCentre(OrganizationId org, Centre centre) {
        jdbc.sql(
                        "insert into centres (organization_id, name) values (?, ?) on conflict (organization_id) do update set name = excluded.name")
                .params(org.value(), centre.name())
                .update();
        jdbc.sql("delete from centre_members where organization_id = ?")
                .param(org.value())
                .update();
        for (PersonId member : centre.memberIds()) {
            jdbc.sql("insert into centre_members (organization_id, person_id) values (?, ?)")
                    .params(org.value(), member.value())
                    .update();
        }
    }

    private static DecisionArea area(ResultSet rs, int n) throws SQLException {
        return new DecisionArea(
                Rows.id(rs, "id", AreaId::new),
                Rows.id(rs, "organization_id", OrganizationId::new),
                rs.getString("name"),
                Zone.valueOf(rs.getString("zone")),
                rs.getString("description"),
                Rows.instant(rs, "created_at"),
                rs.getLong("version"));
    }

    private static Mandate mandate(ResultSet rs, int n) throws SQLException {
        return new Mandate(
                rs.getObject("id", UUID.class),
                Rows.id(rs, "area_id", AreaId::new),
                Rows.id(rs, "home_base_id", HomeBaseId::new),
                Rows.id(rs, "mission_id", MissionId::new),
                rs.getObject("role_id", UUID.class),
                rs.getString("role_name"),
                Rows.instant(rs, "granted_at"));
    }
}
