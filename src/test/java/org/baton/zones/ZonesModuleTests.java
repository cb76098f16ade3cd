package org.baton.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.UUID;
import org.baton.homebases.HomeBases;
import org.baton.missions.Missions;
import org.baton.organizations.Organizations;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.teams.Teams;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The zones module on its own (with the database and the organizations it keeps areas for): what it
 * changes, it publishes as zone events naming who did it.
 */
@ApplicationModuleTest(extraIncludes = {"database", "organizations"})
@ActiveProfiles("test")
class ZonesModuleTests {

    @Autowired
    Zones zones;

    @Autowired
    Organizations organizations;

    @MockitoBean
    People people;

    @MockitoBean
    HomeBases homeBases;

    @MockitoBean
    Missions missions;

    @MockitoBean
    Teams teams;

    @Test
    void changingAnAreasZonePublishesWhoMovedItFromWhereToWhere(AssertablePublishedEvents events) {
        var org = organizations.found("Zones " + UUID.randomUUID()).id();
        var ana = new PersonId(UUID.randomUUID());
        var person = mock(Person.class);
        when(person.name()).thenReturn("Ana");
        when(people.find(org, ana)).thenReturn(Optional.of(person));
        var pricing =
                zones.define(org, ChangeOrigin.direct(ana, true), "Pricing", Zone.CENTRE_AWARENESS, "What clinics pay");

        var moved = zones.change(
                org,
                ChangeOrigin.direct(ana, true),
                pricing.id(),
                pricing.version(),
                "Pricing",
                Zone.CENTRE_INTERVENTION,
                null);

        assertThat(moved.zone()).isEqualTo(Zone.CENTRE_INTERVENTION);
        assertThat(moved.version()).isEqualTo(pricing.version() + 1);
        assertThat(zones.get(org, pricing.id())).isEqualTo(moved);
        assertThat(events)
                .contains(AreaDefined.class)
                .matching(defined -> defined.areaId().equals(pricing.id()) && ana.equals(defined.actor()));
        assertThat(events)
                .contains(ZoneChanged.class)
                .matching(changed -> changed.areaId().equals(pricing.id())
                        && changed.organizationId().equals(org)
                        && ana.equals(changed.actor())
                        && "Ana".equals(changed.actorName())
                        && "Pricing".equals(changed.area())
                        && changed.from() == Zone.CENTRE_AWARENESS
                        && changed.to() == Zone.CENTRE_INTERVENTION);
    }
}
