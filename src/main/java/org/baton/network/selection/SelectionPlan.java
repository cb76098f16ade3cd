package org.baton.network.selection;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.HardSoftScore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.baton.network.selection.Group.Kind;

/**
 * A coalition call's applicants and seats: what the solver works on. There are as many seats as asked, or as
 * applicants when fewer applied; every seat is filled.
 */
@PlanningSolution
public class SelectionPlan {

    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "applicants")
    private List<Applicant> applicants;

    @ProblemFactCollectionProperty
    private List<Group> groups;

    @PlanningEntityCollectionProperty
    private List<Seat> seats;

    @PlanningScore
    private HardSoftScore score;

    SelectionPlan() {}

    private SelectionPlan(List<Applicant> applicants, List<Group> groups, List<Seat> seats) {
        this.applicants = List.copyOf(applicants);
        this.groups = List.copyOf(groups);
        this.seats = List.copyOf(seats);
    }

    /** The plan for filling {@code seats} from applicants with these facts (each a different person). */
    public static SelectionPlan of(int seats, List<ApplicantFacts> facts) {
        var groups = new LinkedHashMap<String, Group>();
        var applicants = new ArrayList<Applicant>();
        for (var f : facts) {
            var homeBase = f.homeBaseId() == null
                    ? null
                    : group(groups, Kind.HOME_BASE, f.homeBaseId(), f.homeBaseId(), f.homeBaseName());
            var areas = f.areas().stream()
                    .map(area ->
                            group(groups, Kind.AREA, area.strip().toLowerCase(Locale.ROOT), area.strip(), area.strip()))
                    .distinct()
                    .toList();
            var level = String.valueOf(f.level());
            var tenure = f.tenure().name();
            var applicant = new Applicant(
                    f,
                    homeBase,
                    areas,
                    group(groups, Kind.LEVEL, level, level, level),
                    group(groups, Kind.TENURE, tenure, tenure, tenure));
            applicant.groups().forEach(Group::count);
            applicants.add(applicant);
        }
        int filled = Math.min(seats, applicants.size());
        groups.values().forEach(g -> g.shareOf(filled, applicants.size()));
        var seatList = new ArrayList<Seat>();
        for (int i = 0; i < filled; i++) {
            seatList.add(new Seat(i));
        }
        return new SelectionPlan(applicants, List.copyOf(groups.values()), seatList);
    }

    /** The group {@code same} (compared without case for areas) keys; the first to name it names it. */
    private static Group group(Map<String, Group> groups, Kind kind, String same, String key, String name) {
        return groups.computeIfAbsent(kind + "/" + same, k -> new Group(kind, key, name));
    }

    /** A copy of the plan with the same people on its seats, for trying others on them. */
    SelectionPlan copy() {
        var copies = seats.stream()
                .map(s -> {
                    var copy = new Seat(s.index());
                    copy.sit(s.applicant());
                    return copy;
                })
                .toList();
        return new SelectionPlan(applicants, groups, copies);
    }

    public List<Applicant> applicants() {
        return applicants;
    }

    public List<Group> groups() {
        return groups;
    }

    public List<Seat> seats() {
        return seats;
    }

    public HardSoftScore score() {
        return score;
    }

    // The solver reads and writes the plan through bean accessors.

    public List<Applicant> getApplicants() {
        return applicants;
    }

    public List<Group> getGroups() {
        return groups;
    }

    public List<Seat> getSeats() {
        return seats;
    }

    public HardSoftScore getScore() {
        return score;
    }

    public void setScore(HardSoftScore score) {
        this.score = score;
    }
}
