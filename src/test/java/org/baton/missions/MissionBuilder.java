package org.baton.missions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.baton.homebases.HomeBaseId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** Missions for tests (of this module and of those that read missions): {@code aMission().ledBy(ana).withMembers(ben).active()}. */
public final class MissionBuilder {

    static final OrganizationId ORG = OrganizationId.random();
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final Outcome ACTIVATION_TIME =
            new Outcome("Activation time", new BigDecimal("118"), new BigDecimal("10"), "days");

    private String title = "Cut activation time";
    private HomeBaseId homeBase;
    private PersonId leader;
    private List<PersonId> members = List.of();
    private Outcome outcome = ACTIVATION_TIME;
    private List<String> successCriteria = List.of("Half of new customers finish setup in one session");
    private LocalDate startsOn;
    private LocalDate endsOn;
    private List<String> constraints = List.of();
    private List<String> authority = List.of();
    private PersonId proposer = PersonId.random();
    private MissionNeeds needs = MissionNeeds.NONE;
    private MissionKind kind = MissionKind.MISSION;

    public static MissionBuilder aMission() {
        return new MissionBuilder();
    }

    MissionBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public MissionBuilder from(HomeBaseId homeBase) {
        this.homeBase = homeBase;
        return this;
    }

    public MissionBuilder ledBy(PersonId leader) {
        this.leader = leader;
        return this;
    }

    public MissionBuilder withMembers(PersonId... members) {
        this.members = List.of(members);
        return this;
    }

    MissionBuilder aiming(Outcome outcome) {
        this.outcome = outcome;
        return this;
    }

    MissionBuilder timeboxed(LocalDate startsOn, LocalDate endsOn) {
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        return this;
    }

    MissionBuilder constrainedBy(String... constraints) {
        this.constraints = List.of(constraints);
        return this;
    }

    MissionBuilder owning(String... areas) {
        this.authority = List.of(areas);
        return this;
    }

    /** A 90-day win of the coalition rather than an ordinary mission. */
    MissionBuilder ninetyDayWin() {
        this.kind = MissionKind.NINETY_DAY_WIN;
        return this;
    }

    public MissionBuilder needing(MissionNeeds needs) {
        this.needs = needs;
        return this;
    }

    MissionBuilder proposedBy(PersonId proposer) {
        this.proposer = proposer;
        return this;
    }

    MissionDetails details() {
        return new MissionDetails(
                title,
                homeBase,
                leader,
                members,
                outcome,
                successCriteria,
                startsOn,
                endsOn,
                constraints,
                authority,
                needs);
    }

    public Mission proposed() {
        return Mission.propose(ORG, kind, details(), proposer, NOW);
    }

    /** Proposed, then put in staffing by its leader, with the events of getting there handed over already. */
    public Mission inStaffing() {
        var mission = proposed();
        mission.startStaffing(leader, NOW);
        mission.releaseEvents();
        return mission;
    }

    /** Proposed, then staffed and made active by its leader, with the events of getting there handed over already. */
    public Mission active() {
        var mission = proposed();
        mission.startStaffing(leader, NOW);
        mission.activate(leader, NOW);
        mission.releaseEvents();
        return mission;
    }
}
