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
import org.baton.missions.MissionId;
import org.baton.missions.MissionStatus;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leadership network at a glance, read in bulk from its tables: the figures of the hub (the current statement,
 * the urgency group, the coalition, initiatives, the wall), the management hierarchy with who sits where in the
 * network, and which initiatives touch which home bases.
 */
@Service
public class NetworkOverview {

    /** The most people the hierarchy places on one page; the rest are counted. */
    public static final int HIERARCHY_LIMIT = 400;

    /** How many characters of the current statement the hub shows. */
    static final int OPENING_LIMIT = 280;

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
    private final People people;
    private final LeadershipTeam leadershipTeam;
    private final CoalitionRoster coalition;

    NetworkOverview(JdbcClient jdbc, People people, LeadershipTeam leadershipTeam, CoalitionRoster coalition) {
        this.jdbc = jdbc;
        this.people = people;
        this.leadershipTeam = leadershipTeam;
        this.coalition = coalition;
    }

    @Transactional(readOnly = true)
    public Hub hub(OrganizationId org) {
        var statement = jdbc.sql(
                        """
                select number, text from opportunity_versions
                where organization_id = ? and status = 'ADOPTED' order by number desc limit 1""")
                .param(uuid(org))
                .query((rs, n) -> Map.entry(rs.getInt("number"), rs.getString("text")))
                .optional();
        return jdbc.sql(
                        """
                select
                  (select count(*) from urgency_group_members where organization_id = :org and left_at is null) as urgency,
                  (select count(*) from coalition_members where organization_id = :org) as coalition,
                  (select count(*) from coalition_calls where organization_id = :org and status = 'OPEN') as calls,
                  (select count(*) from initiatives i join missions m on m.organization_id = i.organization_id
                     and m.id = i.mission_id where i.organization_id = :org
                     and m.status in ('PROPOSED', 'STAFFING', 'ACTIVE')) as running,
                  (select count(*) from initiatives i join missions m on m.organization_id = i.organization_id
                     and m.id = i.mission_id where i.organization_id = :org
                     and m.status in ('COMPLETED', 'CELEBRATED')) as won,
                  (select count(*) from missions where organization_id = :org
                     and status in ('COMPLETED', 'CELEBRATED')) as wall""")
                .param("org", uuid(org))
                .query((rs, n) -> new Hub(
                        statement.map(Map.Entry::getKey).orElse(null),
                        statement.map(found -> opening(found.getValue())).orElse(""),
                        rs.getInt("urgency"),
                        rs.getInt("coalition"),
                        rs.getInt("calls"),
                        rs.getInt("running"),
                        rs.getInt("won"),
                        rs.getInt("wall")))
                .single();
    }

    /** The management hierarchy with who sits on the leadership team, the coalition and the urgency group. */
    @Transactional(readOnly = true)
    public SideBySideTree.Hierarchy hierarchy(OrganizationId org) {
        var marks = new HashMap<PersonId, Set<NetworkMark>>();
        leadershipTeam.members(org).forEach(p -> mark(marks, p, NetworkMark.LEADERSHIP_TEAM));
        coalition.members(org).forEach(p -> mark(marks, p, NetworkMark.COALITION));
        jdbc.sql("select person_id from urgency_group_members where organization_id = ? and left_at is null")
                .param(uuid(org))
                .query((rs, n) -> id(rs, "person_id", PersonId::new))
                .list()
                .forEach(p -> mark(marks, p, NetworkMark.URGENCY_GROUP));
        var lines = people.everyone(org).stream()
                .map(p -> new SideBySideTree.Line(p.id(), p.name(), p.reportsToId()))
                .toList();
        return SideBySideTree.of(lines, marks, HIERARCHY_LIMIT);
    }

    /** Every initiative, newest first, with the home bases it touches. */
    @Transactional(readOnly = true)
    public List<InitiativeReach> initiatives(OrganizationId org) {
        var names = new HashMap<UUID, String>();
        jdbc.sql("select id, name from home_bases where organization_id = ?")
                .param(uuid(org))
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("name"));
                });
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

    /** The first lines of the statement, cut at a word near {@value #OPENING_LIMIT} characters. */
    static String opening(String text) {
        var lines =
                text.strip().lines().filter(line -> !line.isBlank()).limit(3).toList();
        var opening = String.join("\n", lines);
        if (opening.length() <= OPENING_LIMIT) {
            return opening;
        }
        int cut = opening.lastIndexOf(' ', OPENING_LIMIT);
        return opening.substring(0, cut > OPENING_LIMIT / 2 ? cut : OPENING_LIMIT)
                        .strip() + "…";
    }

    private static void mark(Map<PersonId, Set<NetworkMark>> marks, PersonId person, NetworkMark mark) {
        marks.computeIfAbsent(person, k -> EnumSet.noneOf(NetworkMark.class)).add(mark);
    }
}
