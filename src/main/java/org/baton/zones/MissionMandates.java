package org.baton.zones;

import org.baton.missions.MissionAuthorityChanged;
import org.baton.missions.Missions;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Baton keeps a mission's mandates in step with the authority it was granted, once that change committed. */
@Component
class MissionMandates {

    private final Zones zones;
    private final ZoneRepository repository;
    private final MandateGrants mandates;
    private final Missions missions;

    MissionMandates(Zones zones, ZoneRepository repository, MandateGrants mandates, Missions missions) {
        this.zones = zones;
        this.repository = repository;
        this.mandates = mandates;
        this.missions = missions;
    }

    @ApplicationModuleListener
    void on(MissionAuthorityChanged event) {
        var org = event.organizationId();
        var wanted = zones.resolve(org, event.authority());
        var held = repository.mandatesOfMission(org, event.missionId());
        String title = missions.find(org, event.missionId()).map(m -> m.title()).orElse("");
        for (Mandate mandate : held) {
            if (wanted.stream().noneMatch(area -> area.id().equals(mandate.areaId()))) {
                mandates.revoke(
                        org, mandate, zones.get(org, mandate.areaId()), MandateHolder.of(mandate, title), Actor.BATON);
            }
        }
        for (DecisionArea area : wanted) {
            if (held.stream().noneMatch(m -> m.areaId().equals(area.id()))) {
                mandates.grant(org, area, new MandateHolder(null, event.missionId(), null, title), Actor.BATON);
            }
        }
    }
}
