package org.baton.network.selection;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import java.util.ArrayList;
import java.util.List;
import org.baton.people.PersonId;

/**
 * An applicant as the solver weighs them: their facts and the groups of the mix they belong to. One person is one
 * applicant: identity is the person.
 */
public final class Applicant {

    /** The rating an unrated application counts as: the middle of 1–5. */
    static final double MIDDLE = 3.0;

    private final PersonId id;

    @PlanningId
    private final String key;

    private final ApplicantFacts facts;
    private final Group homeBase;
    private final List<Group> areas;
    private final List<Group> groups;

    Applicant(ApplicantFacts facts, Group homeBase, List<Group> areas, Group level, Group tenure) {
        this.id = facts.personId();
        this.key = id.value().toString();
        this.facts = facts;
        this.homeBase = homeBase;
        this.areas = List.copyOf(areas);
        var all = new ArrayList<Group>();
        if (homeBase != null) {
            all.add(homeBase);
        }
        all.addAll(areas);
        all.add(level);
        all.add(tenure);
        this.groups = List.copyOf(all);
    }

    public PersonId id() {
        return id;
    }

    /** For the solver, which tells applicants apart by a comparable key read through a bean accessor. */
    public String getKey() {
        return key;
    }

    public ApplicantFacts facts() {
        return facts;
    }

    /** Their home base's group, or null when they have none. */
    public Group homeBase() {
        return homeBase;
    }

    public List<Group> areas() {
        return areas;
    }

    /** Every group of the mix they belong to. */
    public List<Group> groups() {
        return groups;
    }

    public boolean in(Group group) {
        return groups.contains(group);
    }

    public boolean rated() {
        return facts.attitude() != null || facts.energy() != null;
    }

    /** Their attitude as the solver counts it: the middle while unrated. */
    public double attitude() {
        return facts.attitude() == null ? MIDDLE : facts.attitude();
    }

    public double energy() {
        return facts.energy() == null ? MIDDLE : facts.energy();
    }

    /** Attitude and energy together, in tenths of a point: 60 for an unrated application. */
    int ratingTenths() {
        return (int) Math.round(attitude() * 10) + (int) Math.round(energy() * 10);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Applicant a && a.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id.toString();
    }
}
