package org.baton.zones;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** Small builders for decision areas, mandates and centres in plain tests. */
final class Areas {

    static final OrganizationId ORG = new OrganizationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final PersonId ANA = person();
    static final Actor ANA_ACTS = new Actor(ANA, "Ana");

    private Areas() {}

    static AreaBuilder anArea() {
        return new AreaBuilder();
    }

    static PersonId person() {
        return new PersonId(UUID.randomUUID());
    }

    static HomeBaseId aHomeBase() {
        return new HomeBaseId(UUID.randomUUID());
    }

    static MissionId aMission() {
        return new MissionId(UUID.randomUUID());
    }

    static Mandate heldByHomeBase(DecisionArea area, HomeBaseId homeBase) {
        return new Mandate(UUID.randomUUID(), area.id(), homeBase, null, null, null, NOW);
    }

    static Mandate heldByMission(DecisionArea area, MissionId mission) {
        return new Mandate(UUID.randomUUID(), area.id(), null, mission, null, null, NOW);
    }

    /** A mandate granted to a role of that title (a new role each time). */
    static Mandate heldByRole(DecisionArea area, String title) {
        return new Mandate(UUID.randomUUID(), area.id(), null, null, UUID.randomUUID(), title, NOW);
    }

    static Centre aCentre(String name, PersonId... members) {
        return new Centre(name, List.of(members));
    }

    static final class AreaBuilder {
        private String name = "Pricing";
        private Zone zone = Zone.LOCAL;
        private String description = "";

        AreaBuilder named(String name) {
            this.name = name;
            return this;
        }

        AreaBuilder inZone(Zone zone) {
            this.zone = zone;
            return this;
        }

        AreaBuilder describedAs(String description) {
            this.description = description;
            return this;
        }

        DecisionArea build() {
            return new DecisionArea(AreaId.random(), ORG, name, zone, description, NOW, 0);
        }
    }
}
