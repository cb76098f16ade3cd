package org.baton.api.zones;

import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.zones.Route;
import org.baton.zones.Zone;

/** "Am I allowed to?" answered: who holds the area, the zone, who decides, who is informed, and why. */
record RouteResponse(
        UUID areaId,
        String area,
        HolderResponse holder,
        Zone zone,
        Route.Decider decides,
        List<UUID> deciderIds,
        List<UUID> informIds,
        boolean principleRequired,
        MandateResponse mandate,
        String why) {

    static RouteResponse of(Route route, String why) {
        return new RouteResponse(
                route.area().id().value(),
                route.area().name(),
                HolderResponse.of(route.holder()),
                route.zone(),
                route.decider(),
                route.deciders().stream().map(PersonId::value).toList(),
                route.informed().stream().map(PersonId::value).toList(),
                route.principleRequired(),
                route.mandate() == null ? null : MandateResponse.of(route.mandate()),
                why);
    }

    /** Who holds the area (a role by its id and title), and whom to contact there. */
    record HolderResponse(Route.Holder.Type type, UUID id, String name, UUID leaderId) {
        static HolderResponse of(Route.Holder h) {
            return new HolderResponse(
                    h.type(),
                    h.id(),
                    h.name(),
                    h.leaderId() == null ? null : h.leaderId().value());
        }
    }
}
