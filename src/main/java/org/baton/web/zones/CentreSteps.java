package org.baton.web.zones;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.structure.StructureChange;
import org.baton.structure.StructureChange.Kind;
import org.baton.structure.StructureChanges;
import org.baton.zones.AreaId;
import org.baton.zones.ChangeOrigin;
import org.baton.zones.DecisionArea;
import org.baton.zones.Zone;
import org.baton.zones.Zones;
import org.springframework.stereotype.Component;

/**
 * The zones pages' changes, made the way the domain says the viewer may: directly by the admin acting for a
 * centre not appointed yet, or else proposed to the centre, whose members consent. Each step answers whether it
 * was proposed, so the page can say so.
 */
@Component
class CentreSteps {

    private final Zones zones;
    private final StructureChanges structure;

    CentreSteps(Zones zones, StructureChanges structure) {
        this.zones = zones;
        this.structure = structure;
    }

    /** Whether the viewer changes the structure directly (true) or proposes it to the centre. */
    boolean direct(Caller caller) {
        return zones.mayChangeDirectly(caller.organizationId(), caller.admin());
    }

    /** The area defined directly, or empty when it was proposed to the centre. */
    Optional<DecisionArea> define(Caller caller, String name, Zone zone, String description, String rationale) {
        if (direct(caller)) {
            return Optional.of(zones.define(caller.organizationId(), origin(caller), name, zone, description));
        }
        propose(caller, Kind.DEFINE_AREA, null, name, zone, description, null, null, null, List.of(), rationale);
        return Optional.empty();
    }

    boolean change(Caller caller, DecisionArea area, long version, AreaForm form) {
        String description = form.getDescription() == null ? "" : form.getDescription();
        if (direct(caller)) {
            zones.change(
                    caller.organizationId(),
                    origin(caller),
                    area.id(),
                    version,
                    form.getName(),
                    form.getZone(),
                    description);
            return false;
        }
        return propose(
                caller,
                Kind.CHANGE_AREA,
                area.id(),
                form.getName(),
                form.getZone(),
                description,
                null,
                null,
                null,
                List.of(),
                form.getRationale());
    }

    boolean grant(Caller caller, AreaId area, HomeBaseId homeBase, MissionId mission, String role, String rationale) {
        if (direct(caller)) {
            zones.grant(caller.organizationId(), origin(caller), area, homeBase, mission, role);
            return false;
        }
        return propose(
                caller, Kind.GRANT_MANDATE, area, null, null, null, homeBase, mission, role, List.of(), rationale);
    }

    boolean appointCentre(Caller caller, String name, List<PersonId> members, String rationale) {
        if (direct(caller)) {
            zones.appointCentre(caller.organizationId(), origin(caller), name, members);
            return false;
        }
        return propose(caller, Kind.APPOINT_CENTRE, null, name, null, null, null, null, null, members, rationale);
    }

    boolean revoke(Caller caller, UUID mandateId, String rationale) {
        if (direct(caller)) {
            zones.revoke(caller.organizationId(), origin(caller), mandateId);
            return false;
        }
        structure.propose(
                caller.organizationId(),
                caller.personId(),
                new StructureChange(
                        Kind.REVOKE_MANDATE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        mandateId,
                        List.of(),
                        rationale));
        return true;
    }

    private boolean propose(
            Caller caller,
            Kind kind,
            AreaId area,
            String name,
            Zone zone,
            String description,
            HomeBaseId homeBase,
            MissionId mission,
            String role,
            List<PersonId> members,
            String rationale) {
        structure.propose(
                caller.organizationId(),
                caller.personId(),
                new StructureChange(
                        kind, area, name, zone, description, homeBase, mission, role, null, members, rationale));
        return true;
    }

    private static ChangeOrigin origin(Caller caller) {
        return ChangeOrigin.direct(caller.personId(), caller.admin());
    }
}
