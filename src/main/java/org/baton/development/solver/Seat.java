package org.baton.development.solver;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;
import org.baton.missions.MissionId;

/**
 * One seat on a mission being staffed: seat 0 is its leader's, the others its members'. The solver puts a
 * candidate from the mission's shortlist on it, or leaves it unfilled.
 */
@PlanningEntity
public class Seat {

    @PlanningId
    private String id;

    private Opening opening;
    private int index;

    @ValueRangeProvider(id = "shortlist")
    private List<Candidate> shortlist;

    @PlanningVariable(valueRangeProviderRefs = "shortlist", allowsUnassigned = true)
    private Candidate person;

    Seat() {}

    public Seat(Opening opening, int index, List<Candidate> shortlist) {
        this.id = opening.id().value() + "#" + index;
        this.opening = opening;
        this.index = index;
        this.shortlist = shortlist;
    }

    /** The same seat on another shortlist, with {@code sitting} on it: for asking who else could sit there. */
    Seat copy(List<Candidate> others, Candidate sitting) {
        var copy = new Seat(opening, index, others);
        copy.person = sitting;
        return copy;
    }

    public boolean leads() {
        return index == 0;
    }

    /** {@code leader}, or {@code member-N} for the N-th member (from 1). */
    public String name() {
        return leads() ? "leader" : "member-" + index;
    }

    public MissionId missionId() {
        return opening.id();
    }

    public int hours() {
        return opening.hoursPerWeek();
    }

    public String id() {
        return id;
    }

    public Opening opening() {
        return opening;
    }

    public int index() {
        return index;
    }

    public List<Candidate> shortlist() {
        return shortlist;
    }

    public Candidate person() {
        return person;
    }

    public void sit(Candidate candidate) {
        this.person = candidate;
    }

    // The solver reads and writes the seat through bean accessors.

    public String getId() {
        return id;
    }

    public List<Candidate> getShortlist() {
        return shortlist;
    }

    public Candidate getPerson() {
        return person;
    }

    public void setPerson(Candidate person) {
        this.person = person;
    }

    @Override
    public String toString() {
        return id + "=" + person;
    }
}
