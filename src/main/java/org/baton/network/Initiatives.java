package org.baton.network;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.baton.missions.Mission;
import org.baton.missions.MissionDetails;
import org.baton.missions.MissionKind;
import org.baton.missions.MissionNeeds;
import org.baton.missions.Missions;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.shared.Page;
import org.baton.shared.PageRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategic initiatives (DOMAIN.md §11): set by members of the guiding coalition within loose parameters from
 * management, each carried by a mission whose outcome is the metric its team designed; a 90-day win is a mission of
 * kind {@link MissionKind#NINETY_DAY_WIN}. Check-ins and the lifecycle stay with the mission.
 */
@Service
public class Initiatives {

    private final InitiativeRepository repository;
    private final CoalitionRoster coalition;
    private final Missions missions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Initiatives(
            InitiativeRepository repository,
            CoalitionRoster coalition,
            Missions missions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.coalition = coalition;
        this.missions = missions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts an initiative (members of the coalition only): proposes its mission, led by the draft's leader or else
     * by whoever starts it, in the same transaction, and records that it was started.
     */
    @Transactional
    public Initiative start(OrganizationId org, PersonId by, InitiativeDraft draft) {
        InitiativeAuthority.requireMayStart(mayStart(org, by));
        draft.requireValid();
        var mission = missions.propose(
                org, draft.ninetyDayWin() ? MissionKind.NINETY_DAY_WIN : MissionKind.MISSION, carrying(draft, by), by);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        var started = new Initiative.Started(
                InitiativeId.random(), mission.id(), draft.title(), draft.parameters(), draft.ninetyDayWin(), by, now);
        repository.insert(org, started);
        events.publishEvent(new InitiativeStarted(
                org, now, by, started.id().value(), mission.id(), started.title(), started.ninetyDayWin()));
        return Initiative.of(started, mission, today());
    }

    /** Whether {@code person} may start initiatives: they sit on the guiding coalition ({@link InitiativeAuthority}). */
    @Transactional(readOnly = true)
    public boolean mayStart(OrganizationId org, PersonId person) {
        return coalition.isMember(org, person);
    }

    @Transactional(readOnly = true)
    public Optional<Initiative> find(OrganizationId org, InitiativeId id) {
        return repository.find(org, id).map(started -> standing(org, List.of(started))
                .getFirst());
    }

    public Initiative get(OrganizationId org, InitiativeId id) {
        return find(org, id).orElseThrow(() -> new NotFound("initiative", id));
    }

    /** The initiatives, newest first, each as its mission stands now. */
    @Transactional(readOnly = true)
    public Page<Initiative> list(OrganizationId org, PageRequest page) {
        return new Page<>(standing(org, repository.page(org, page)), page.page(), page.size(), repository.count(org));
    }

    /** How many initiatives run, were won and were missed, each judged by {@link InitiativeState} as listed. */
    public record Tally(int running, int won, int missed) {}

    /** Counts the initiatives by how they stand now: the hub's figures agree with the initiatives page. */
    @Transactional(readOnly = true)
    public Tally tally(OrganizationId org) {
        var counts = new EnumMap<InitiativeState, Integer>(InitiativeState.class);
        for (int page = 0; ; page++) {
            var started = repository.page(org, new PageRequest(page, PageRequest.MAX_SIZE));
            standing(org, started).forEach(i -> counts.merge(i.state(), 1, Integer::sum));
            if (started.size() < PageRequest.MAX_SIZE) {
                return new Tally(
                        counts.getOrDefault(InitiativeState.RUNNING, 0),
                        counts.getOrDefault(InitiativeState.WON, 0),
                        counts.getOrDefault(InitiativeState.MISSED, 0));
            }
        }
    }

    private List<Initiative> standing(OrganizationId org, List<Initiative.Started> started) {
        var byId = missions
                .all(org, started.stream().map(Initiative.Started::missionId).toList())
                .stream()
                .collect(Collectors.toMap(Mission::id, Function.identity()));
        var today = today();
        return started.stream()
                .map(s -> Initiative.of(s, byId.get(s.missionId()), today))
                .toList();
    }

    /** The mission that carries the initiative: its title, its metric as outcome, its parameters as a constraint. */
    private static MissionDetails carrying(InitiativeDraft draft, PersonId by) {
        var parameters = draft.parameters().text();
        return new MissionDetails(
                draft.title(),
                draft.homeBaseId(),
                draft.leaderId() != null ? draft.leaderId() : by,
                List.of(),
                draft.metric().outcome(),
                List.of(),
                null,
                null,
                parameters.isEmpty() ? List.of() : List.of(parameters),
                List.of(),
                MissionNeeds.NONE);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
