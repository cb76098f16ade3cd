package org.baton.network;

import static org.baton.shared.Rows.id;
import static org.baton.shared.Rows.uuid;
import static org.baton.shared.Rows.uuids;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.homebases.HomeBases;
import org.baton.missions.MissionId;
import org.baton.missions.MissionStatus;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leadership network at a glance: the figures of the hub (the current statement, the urgency group, the
 * coalition, initiatives, the wall) as each part answers them, the management hierarchy with who sits where in the
 * network, and which initiatives touch which home bases.
 */
@Service
public class NetworkOverview {

    /**
     * The most people the hierarchy places on one page, unless the network's people and their managers alone are
     * more (they are always placed); the rest are counted.
     */
    public static final int HIERARCHY_LIMIT = 400;

    /** The hub's figures; {@code statementNumber} is null while no statement has been adopted. */
    public record Hub(
            Integer statementNumber,
            String statementOpening,
            int urgencyMembers,
            int coalitionMembers,
            int openCalls,
            int initiativesRunning,
            int initiativesWon,
            int onTheWall) {}

    /** A home base an initiative touches. */
    public record Touch(HomeBaseId homeBaseId, String name) {}

    /** An initiative and the home bases it touches: its mission's, and those of its mission's people. */
    public record InitiativeReach(
            UUID initiativeId,
            MissionId missionId,
            String title,
            boolean ninetyDayWin,
            MissionStatus status,
            List<Touch> homeBases) {

        public InitiativeReach {
            homeBases = List.copyOf(homeBases);
        }
    }

    /** A home base with the initiatives that touch it, by title. */
    public record HomeBaseReach(HomeBaseId homeBaseId, String name, List<String> initiatives) {

        public HomeBaseReach {
            initiatives = List.copyOf(initiatives);
        }
    }

    private final JdbcClient jdbc;
    private final HomeBases homeBases;
    private final Coalition calls;
    private final People people;
    private final LeadershipTeam leadershipTeam;
    private final CoalitionRoster coalition;
    private final Opportunity opportunity;
    private final UrgencyGroup urgencyGroup;
    private final Initiatives initiatives;
    private final Celebrations celebrations;

    NetworkOverview(
            JdbcClient jdbc,
            People people,
            LeadershipTeam leadershipTeam,
            CoalitionRoster coalition,
            Opportunity opportunity,
            UrgencyGroup urgencyGroup,
            Initiatives initiatives,
            Celebrations celebrations,
            HomeBases homeBases,
            Coalition calls) {
        this.homeBases = homeBases;
        this.calls = calls;
        this.jdbc = jdbc;
        this.people = people;
        this.leadershipTeam = leadershipTeam;
        this.coalition = coalition;
        this.opportunity = opportunity;
        this.urgencyGroup = urgencyGroup;
        this.initiatives = initiatives;
        this.celebrations = celebrations;
    }

    /**
     * The hub's figures, each as its own part of the network answers it: the current statement and its opening,
     * the urgency group's and the coalition's members, initiatives running and won ({@link InitiativeState}), and
     * the missions on the wall.
     */
    @Transactional(readOnly = true)
    public Hub hub(OrganizationId org) {
        var statement = opportunity.current(org);
        var tally = initiatives.tally(org);
        var now = calls.now();
        int openCalls = (int) calls.calls(org, null).stream()
                .filter(call -> call.status(now) == CoalitionCallStatus.OPEN)
                .count();
        return new Hub(
                statement.map(OpportunityVersion::number).orElse(null),
                statement.map(v -> v.opening().text()).orElse(""),
                urgencyGroup.memberCount(org),
                coalition.members(org).size(),
                openCalls,
                tally.running(),
                tally.won(),
                Math.toIntExact(celebrations.onTheWall(org)));
    }

    /**
     * The management hierarchy with who sits on the leadership team, the coalition and the urgency group: they are
     * always placed, with their managers ({@link SideBySideTree}).
     */
    @Transactional(readOnly = true)
    public SideBySideTree.Hierarchy hierarchy(OrganizationId org) {
        var marks = new HashMap<PersonId, Set<NetworkMark>>();
        leadershipTeam.members(org).forEach(p -> mark(marks, p, NetworkMark.LEADERSHIP_TEAM));
        coalition.members(org).forEach(p -> mark(marks, p, NetworkMark.COALITION));
        urgencyGroup.members(org).forEach(m -> mark(marks, m.personId(), NetworkMark.URGENCY_GROUP));
        var lines = people.everyone(org).stream()
                .map(p -> new SideBySideTree.Line(p.id(), p.name(), p.reportsToId()))
                .toList();
        return SideBySideTree.of(lines, marks, HIERARCHY_LIMIT);
    }

    /** Every initiative, newest first, with the home bases it touches. */
    @Transactional(readOnly = true)
    public List<InitiativeReach> initiatives(OrganizationId org) {
        var names = new HashMap<UUID, String>();
        homeBases.all(org).forEach(base -> names.put(base.id().value(), base.name()));
        return jdbc.sql(
                        """
                select i.id, i.mission_id, i.title, i.ninety_day_win, m.status,
                       array(select distinct t.home_base_id from (
                           select m.home_base_id
                           union all
                           select b.home_base_id from home_base_members b
                            where b.organization_id = m.organization_id and (b.person_id = m.leader_id
                              or b.person_id in (select mm.person_id from mission_members mm
                                                  where mm.organization_id = m.organization_id and mm.mission_id = m.id))
                       ) t where t.home_base_id is not null) as home_bases
                from initiatives i
                join missions m on m.organization_id = i.organization_id and m.id = i.mission_id
                where i.organization_id = ? order by i.started_at desc, i.id""")
                .param(uuid(org))
                .query((rs, n) -> new InitiativeReach(
                        rs.getObject("id", UUID.class),
                        id(rs, "mission_id", MissionId::new),
                        rs.getString("title"),
                        rs.getBoolean("ninety_day_win"),
                        MissionStatus.valueOf(rs.getString("status")),
                        uuids(rs, "home_bases").stream()
                                .map(hb -> new Touch(new HomeBaseId(hb), names.getOrDefault(hb, "")))
                                .sorted(Comparator.comparing(Touch::name, String.CASE_INSENSITIVE_ORDER))
                                .toList()))
                .list();
    }

    /** The same reach read the other way: each home base touched, by name, with its initiatives. */
    public static List<HomeBaseReach> byHomeBase(List<InitiativeReach> initiatives) {
        var byHomeBase = new LinkedHashMap<Touch, List<String>>();
        for (var initiative : initiatives) {
            for (var touch : initiative.homeBases()) {
                byHomeBase.computeIfAbsent(touch, k -> new ArrayList<>()).add(initiative.title());
            }
        }
        return byHomeBase.entrySet().stream()
                .map(e -> new HomeBaseReach(e.getKey().homeBaseId(), e.getKey().name(), e.getValue()))
                .sorted(Comparator.comparing(HomeBaseReach::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static void mark(Map<PersonId, Set<NetworkMark>> marks, PersonId person, NetworkMark mark) {
        marks.computeIfAbsent(person, k -> EnumSet.noneOf(NetworkMark.class)).add(mark);
    }
}
