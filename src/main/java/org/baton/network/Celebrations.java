package org.baton.network;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.baton.development.MissionLeads;
import org.baton.missions.MissionId;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.shared.Page;
import org.baton.shared.PageRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The celebrations wall: completed and celebrated missions, newest first, with how their metric moved, the people
 * who took part (first-time leaders marked) and the thanks anyone of the organization added. Missions are seen
 * organization-wide, so everything on the wall is too.
 */
@Service
public class Celebrations {

    private final CelebrationRows rows;
    private final People people;
    private final MissionLeads leads;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Celebrations(
            CelebrationRows rows, People people, MissionLeads leads, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.people = people;
        this.leads = leads;
        this.events = events;
        this.clock = clock;
    }

    /** One page of the wall, the mission moved last first. */
    @Transactional(readOnly = true)
    public Page<CelebrationCard> wall(OrganizationId org, PageRequest page) {
        var found = rows.page(org, page);
        return new Page<>(cards(org, found), page.page(), page.size(), rows.count(org));
    }

    /** How many missions are on the wall. */
    @Transactional(readOnly = true)
    public long onTheWall(OrganizationId org) {
        return rows.count(org);
    }

    /** One mission on the wall, if it is on it. */
    @Transactional(readOnly = true)
    public Optional<CelebrationCard> card(OrganizationId org, MissionId mission) {
        return rows.one(org, mission).map(row -> cards(org, List.of(row)).getFirst());
    }

    /**
     * Adds thanks to the team of a mission on the wall; refused when the mission still runs (409) or the thanks are
     * empty or too long (422).
     */
    @Transactional
    public CelebrationThanks thank(OrganizationId org, MissionId mission, PersonId by, String text) {
        var thanks = CelebrationWallRule.thanks(text);
        var status = rows.statusOf(org, mission).orElseThrow(() -> new NotFound("mission", mission.value()));
        CelebrationWallRule.requireOnTheWall(status);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        var id = UUID.randomUUID();
        rows.addThanks(org, id, mission, by, thanks, now);
        events.publishEvent(new ThanksGiven(org, now, by, id, mission));
        return new CelebrationThanks(
                id, by, people.find(org, by).map(Person::name).orElse(""), thanks, now);
    }

    private List<CelebrationCard> cards(OrganizationId org, List<CelebrationRows.Row> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        var missions = found.stream().map(CelebrationRows.Row::missionId).toList();
        var members = rows.members(org, missions).stream()
                .collect(Collectors.groupingBy(
                        CelebrationRows.Member::missionId,
                        Collectors.mapping(CelebrationRows.Member::personId, Collectors.toList())));
        var thanks =
                rows.thanks(org, missions).stream().collect(Collectors.groupingBy(CelebrationRows.Thanks::missionId));
        var named = new HashSet<PersonId>();
        found.stream()
                .map(CelebrationRows.Row::leaderId)
                .filter(Objects::nonNull)
                .forEach(named::add);
        members.values().forEach(named::addAll);
        thanks.values().forEach(list -> list.forEach(t -> named.add(t.by())));
        var byId = people.byId(org, named);
        var leaders = found.stream()
                .map(CelebrationRows.Row::leaderId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        var firstLeads = CelebrationFirstLeads.of(leads.firstLeadsOf(org, leaders));
        return found.stream()
                .map(row -> card(
                        row,
                        members.getOrDefault(row.missionId(), List.of()),
                        thanks.getOrDefault(row.missionId(), List.of()),
                        byId,
                        firstLeads))
                .toList();
    }

    private static CelebrationCard card(
            CelebrationRows.Row row,
            List<PersonId> members,
            List<CelebrationRows.Thanks> thanks,
            Map<PersonId, Person> byId,
            CelebrationFirstLeads firstLeads) {
        var people = new ArrayList<CelebrationPerson>();
        if (row.leaderId() != null) {
            people.add(new CelebrationPerson(
                    row.leaderId(),
                    nameOf(byId, row.leaderId()),
                    CelebrationRole.LEADER,
                    firstLeads.firstLed(row.leaderId(), row.missionId())));
        }
        members.stream()
                .filter(member -> !member.equals(row.leaderId()))
                .map(member -> new CelebrationPerson(member, nameOf(byId, member), CelebrationRole.MEMBER, false))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .forEach(people::add);
        var said = thanks.stream()
                .map(t -> new CelebrationThanks(t.id(), t.by(), nameOf(byId, t.by()), t.text(), t.at()))
                .toList();
        return new CelebrationCard(
                row.missionId(),
                row.title(),
                row.kind(),
                row.status(),
                row.initiativeId(),
                row.metric(),
                people,
                said,
                row.endedAt());
    }

    private static String nameOf(Map<PersonId, Person> byId, PersonId person) {
        var found = byId.get(person);
        return found == null ? "" : found.name();
    }
}
