package org.baton.structure;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;
import org.baton.zones.AreaId;
import org.baton.zones.Zone;

/**
 * What someone asks the centre to change, complete for its kind: the centre anew names itself and its members;
 * a new area its name and zone; a changed area the area and its new name or zone; a mandate granted its area
 * and exactly one holder (a home base, a mission, or a role by its id or else by its title); a mandate revoked the
 * mandate. Every change says why.
 */
public record StructureChange(
        Kind kind,
        AreaId areaId,
        String name,
        Zone zone,
        String description,
        HomeBaseId homeBaseId,
        MissionId missionId,
        String role,
        UUID roleId,
        UUID mandateId,
        List<PersonId> memberIds,
        String rationale) {

    public static final int NAME_LIMIT = TextLimits.NAME;
    public static final int TEXT_LIMIT = TextLimits.TEXT;

    public enum Kind {
        APPOINT_CENTRE,
        DEFINE_AREA,
        CHANGE_AREA,
        GRANT_MANDATE,
        REVOKE_MANDATE
    }

    public StructureChange {
        if (kind == null) {
            throw new RuleViolation("kind", "structure.kind.required", "Say what kind of change this is.");
        }
        rationale = limited("rationale", required("rationale", rationale, "structure.rationale.required"), TEXT_LIMIT);
        name = limited("name", clean(name), NAME_LIMIT);
        description = limited("description", clean(description), TEXT_LIMIT);
        role = limited("role", clean(role), NAME_LIMIT);
        memberIds = memberIds == null
                ? List.of()
                : memberIds.stream().filter(Objects::nonNull).distinct().toList();
        switch (kind) {
            case APPOINT_CENTRE -> {
                required("name", name, "centre.name.required");
                if (memberIds.isEmpty()) {
                    throw new RuleViolation("memberIds", "structure.centre.members", "Name the people of the centre.");
                }
            }
            case DEFINE_AREA -> {
                required("name", name, "area.name.required");
                requireZone(zone);
            }
            case CHANGE_AREA -> {
                requireArea(areaId);
                if (name == null && zone == null && description == null) {
                    throw new RuleViolation(
                            "zone",
                            "structure.area.unchanged",
                            "Say what changes: the area's name, zone or description.");
                }
            }
            case GRANT_MANDATE -> {
                requireArea(areaId);
                int holders = (homeBaseId == null ? 0 : 1)
                        + (missionId == null ? 0 : 1)
                        + (role == null && roleId == null ? 0 : 1);
                if (holders != 1) {
                    throw new RuleViolation(
                            "holder",
                            "mandate.holder",
                            "A mandate is granted to one home base, one mission or one role.");
                }
            }
            case REVOKE_MANDATE -> {
                if (mandateId == null) {
                    throw new RuleViolation("mandateId", "structure.mandate.required", "Name the mandate to revoke.");
                }
            }
        }
    }

    /** A change that names no role by its id, as clients that only know roles by title make it. */
    public StructureChange(
            Kind kind,
            AreaId areaId,
            String name,
            Zone zone,
            String description,
            HomeBaseId homeBaseId,
            MissionId missionId,
            String role,
            UUID mandateId,
            List<PersonId> memberIds,
            String rationale) {
        this(kind, areaId, name, zone, description, homeBaseId, missionId, role, null, mandateId, memberIds, rationale);
    }

    private static void requireArea(AreaId areaId) {
        if (areaId == null) {
            throw new RuleViolation("areaId", "structure.area.required", "Name the decision area.");
        }
    }

    private static void requireZone(Zone zone) {
        if (zone == null) {
            throw new RuleViolation("zone", "structure.zone.required", "Choose the area's zone.");
        }
    }

    private static String required(String field, String value, String code) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, code, "Fill in " + field + ".");
        }
        return value.strip();
    }

    private static String limited(String field, String value, int limit) {
        if (value != null && value.length() > limit) {
            throw new RuleViolation(field, "structure.text.long", "At most " + limit + " characters, please.", limit);
        }
        return value;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
