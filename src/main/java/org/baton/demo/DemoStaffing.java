package org.baton.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.baton.homebases.HomeBase;
import org.baton.missions.MissionDetails;
import org.baton.missions.Missions;
import org.baton.missions.Outcome;
import org.baton.shared.OrganizationId;
import org.springframework.stereotype.Component;

/**
 * What the demo's home-base leaders find when they ask Baton whom to staff a mission with (issue 14's "done
 * means"): a mission in Onboarding, Amara's home base, looking for people and with nobody on it yet.
 */
@Component
class DemoStaffing {

    private final Missions missions;
    private final Clock clock;

    DemoStaffing(Missions missions, Clock clock) {
        this.missions = missions;
        this.clock = clock;
    }

    /**
     * In staffing with nobody on it yet, in Onboarding, whose leader asks Baton whom to staff it with: it needs an
     * expert in SQL and a practitioner of product discovery. Diego, the SQL expert, wants to lead again but led the
     * last two missions, so rotation makes him a member; Jonas wants to lead and to learn discovery and has never
     * led.
     */
    void prepare(OrganizationId org, Map<String, HomeBase> bases) {
        LocalDate today = LocalDate.now(clock);
        var stalls = missions.propose(
                org,
                new MissionDetails(
                        "Know why clinics stall in setup",
                        bases.get("Onboarding").id(),
                        null,
                        List.of(),
                        new Outcome(
                                "Clinics stuck in setup after two weeks",
                                new BigDecimal("30"),
                                new BigDecimal("15"),
                                "%"),
                        List.of(
                                "We can name the three steps where most clinics stop",
                                "Five clinics that stalled have told us why, in their own words"),
                        today.plusWeeks(1),
                        today.plusWeeks(7),
                        List.of("Read setup data from the reporting replica only", "No more than one call per clinic"),
                        List.of("Which clinics we interview", "Queries and dashboards on setup data"),
                        DemoMissions.needs(3, 6, "SQL: EXPERT", "Product discovery: PRACTITIONER")),
                bases.get("Onboarding").leaderId());
        missions.startStaffing(org, stalls.id(), null, bases.get("Onboarding").leaderId());
    }
}
