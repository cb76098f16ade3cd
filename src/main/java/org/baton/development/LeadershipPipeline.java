package org.baton.development;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.baton.homebases.HomeBaseId;
import org.baton.missions.MissionId;
import org.baton.people.PersonId;

/**
 * The leadership pipeline over a period (DOMAIN.md §12), read from who led which mission when. A lead counts in a
 * period when it shares a day with it. Someone is a first-time leader in a period when their first lead ever
 * started in it, and went on to lead a second mission in it when the lead of their second distinct mission started
 * in it. Where leadership is concentrated: the share of the period's missions led by its top 10% of leaders (those
 * who led the most missions; at least one), as a fraction from 0 to 1.
 *
 * @param leadersPerHomeBase by the home base of the mission led; the most leaders first
 * @param missionsLed distinct missions led in the period
 * @param topLeaders how many leaders make up the top 10%
 * @param quarters the same figures, quarter by quarter
 */
public record LeadershipPipeline(
        PipelinePeriod period,
        int distinctLeaders,
        List<FirstTimeLeader> firstTimeLeaders,
        List<HomeBaseLeaders> leadersPerHomeBase,
        int missionsLed,
        int topLeaders,
        double topTenPercentShare,
        int secondMissionLeaders,
        List<QuarterFigures> quarters) {

    /** Someone whose first lead ever started in the period; {@code name} is null until {@link #named}. */
    public record FirstTimeLeader(PersonId personId, String name, LocalDate startedOn) {}

    /** How many distinct people led missions of a home base ({@code homeBaseId} null: of no home base). */
    public record HomeBaseLeaders(HomeBaseId homeBaseId, String name, int leaders) {}

    public record QuarterFigures(PipelinePeriod.Quarter quarter, int distinctLeaders, int firstTimeLeaders) {}

    public LeadershipPipeline {
        firstTimeLeaders = List.copyOf(firstTimeLeaders);
        leadersPerHomeBase = List.copyOf(leadersPerHomeBase);
        quarters = List.copyOf(quarters);
    }

    /** The pipeline over {@code period}, from every lead of the organization (those before it tell who is new). */
    public static LeadershipPipeline over(List<MissionLead> leads, PipelinePeriod period) {
        var firstLead = firstLeadOfEach(leads);
        var during = leads.stream()
                .filter(l -> period.overlaps(l.startedOn(), l.endedOn()))
                .toList();
        var missionsOf = new LinkedHashMap<PersonId, Set<MissionId>>();
        during.forEach(l ->
                missionsOf.computeIfAbsent(l.personId(), p -> new HashSet<>()).add(l.missionId()));
        var missions = during.stream().map(MissionLead::missionId).collect(Collectors.toSet());

        int top = (missionsOf.size() + 9) / 10;
        var topMissions = missionsOf.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<PersonId, Set<MissionId>> e) ->
                                -e.getValue().size())
                        .thenComparing(e -> firstLead.get(e.getKey()))
                        .thenComparing(e -> e.getKey().value()))
                .limit(top)
                .flatMap(e -> e.getValue().stream())
                .collect(Collectors.toSet());
        double share = missions.isEmpty() ? 0 : Math.round(10000.0 * topMissions.size() / missions.size()) / 10000.0;

        var firstTime = firstLead.entrySet().stream()
                .filter(e -> period.contains(e.getValue()))
                .sorted(Map.Entry.<PersonId, LocalDate>comparingByValue()
                        .thenComparing(e -> e.getKey().value()))
                .map(e -> new FirstTimeLeader(e.getKey(), null, e.getValue()))
                .toList();
        int second = (int) secondMissionStarts(leads).values().stream()
                .filter(period::contains)
                .count();
        var quarters = period.quarters().stream()
                .map(q -> new QuarterFigures(
                        q,
                        (int) leads.stream()
                                .filter(l -> q.period().overlaps(l.startedOn(), l.endedOn()))
                                .map(MissionLead::personId)
                                .distinct()
                                .count(),
                        (int) firstLead.values().stream()
                                .filter(q.period()::contains)
                                .count()))
                .toList();
        return new LeadershipPipeline(
                period,
                missionsOf.size(),
                firstTime,
                perHomeBase(during),
                missions.size(),
                missionsOf.isEmpty() ? 0 : top,
                share,
                second,
                quarters);
    }

    /** The same pipeline with people's and home bases' names filled in (a name not found stays null). */
    public LeadershipPipeline named(Function<PersonId, String> person, Function<HomeBaseId, String> homeBase) {
        return new LeadershipPipeline(
                period,
                distinctLeaders,
                firstTimeLeaders.stream()
                        .map(f -> new FirstTimeLeader(f.personId(), person.apply(f.personId()), f.startedOn()))
                        .toList(),
                leadersPerHomeBase.stream()
                        .map(h -> new HomeBaseLeaders(
                                h.homeBaseId(),
                                h.homeBaseId() == null ? null : homeBase.apply(h.homeBaseId()),
                                h.leaders()))
                        .toList(),
                missionsLed,
                topLeaders,
                topTenPercentShare,
                secondMissionLeaders,
                quarters);
    }

    private static Map<PersonId, LocalDate> firstLeadOfEach(List<MissionLead> leads) {
        var first = new HashMap<PersonId, LocalDate>();
        leads.forEach(l -> first.merge(l.personId(), l.startedOn(), (a, b) -> a.isBefore(b) ? a : b));
        return first;
    }

    /** For each person who led two missions or more: the day the lead of their second distinct mission started. */
    private static Map<PersonId, LocalDate> secondMissionStarts(List<MissionLead> leads) {
        var starts = new HashMap<PersonId, Map<MissionId, LocalDate>>();
        leads.forEach(l -> starts.computeIfAbsent(l.personId(), p -> new HashMap<>())
                .merge(l.missionId(), l.startedOn(), (a, b) -> a.isBefore(b) ? a : b));
        var second = new HashMap<PersonId, LocalDate>();
        starts.forEach((person, missions) ->
                missions.values().stream().sorted().skip(1).findFirst().ifPresent(day -> second.put(person, day)));
        return second;
    }

    private static List<HomeBaseLeaders> perHomeBase(List<MissionLead> during) {
        var leaders = new LinkedHashMap<HomeBaseId, Set<PersonId>>();
        during.forEach(l ->
                leaders.computeIfAbsent(l.homeBaseId(), h -> new HashSet<>()).add(l.personId()));
        return leaders.entrySet().stream()
                .map(e -> new HomeBaseLeaders(e.getKey(), null, e.getValue().size()))
                .sorted(Comparator.comparingInt(HomeBaseLeaders::leaders)
                        .reversed()
                        .thenComparing(h -> Objects.toString(h.homeBaseId(), "")))
                .toList();
    }
}
