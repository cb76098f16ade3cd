package org.baton.development.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import java.util.List;
import java.util.Objects;

/**
 * The rules of a good staffing. Hard: nobody gives missions more hours than they have free (across every mission
 * staffed together), and nobody sits twice on one mission. Medium: every seat filled. Soft, in points:
 * <ul>
 *   <li>a needed area nobody on the mission covers at its level: -100; each person who covers one: +30;
 *   <li>someone who wants to learn a needed area, beside someone who covers it: +40;
 *   <li>the leader's seat for someone who wants to lead and has never led: +80 (so that it beats an expert's
 *       +30: a first mission to lead is what growing leaders means); for someone who wants to lead again: +30;
 *   <li>rotation, on the leader's seat: -150 for whoever led the organization's last two missions, -40 for each
 *       lead started in the last year, -10 for each mission led beyond two;
 *   <li>within one solve, one person leads one mission: -200 for each two leader seats of the same person (more
 *       than a first lead's +80 and an expert's +30 together, so that someone else leads unless nobody else
 *       can: an empty seat weighs more than any soft points);
 *   <li>on the leader's seat, -15 for each leadership role held and mission led now beyond the first, counting the
 *       other missions the same solve has them lead;
 *   <li>a cross-functional mix: -10 for two people of one home base on a mission, -10 for two whose strongest
 *       area is the same.
 * </ul>
 * The weights make the "done means" of issue 14 hold: an expert covers a need (+30, and saves -100), a learner
 * beside them (+40) beats a second expert (+30), and someone who led the last two missions (-150, -80) sits as a
 * member, not as leader.
 */
public class StaffingConstraints implements ConstraintProvider {

    static final int UNCOVERED_NEED = 100;
    static final int COVERS_NEED = 30;
    static final int LEARNS_BESIDE_EXPERT = 40;
    static final int FIRST_LEAD = 80;
    static final int LEADS_AGAIN = 30;
    static final int LED_LATEST = 150;
    static final int LED_RECENTLY = 40;
    static final int LED_OFTEN = 10;
    static final int LEADS_TWICE = 200;
    static final int BUSY_LEADER = 15;
    static final int SAME_HOME_BASE = 10;
    static final int SAME_STRENGTH = 10;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            overAllocated(factory),
            twiceOnOneMission(factory),
            unfilled(factory),
            uncoveredNeed(factory),
            coversNeed(factory),
            learnsBesideExpert(factory),
            firstLead(factory),
            leadsAgain(factory),
            ledLatest(factory),
            ledRecently(factory),
            ledOften(factory),
            leadsTwice(factory),
            busyLeader(factory),
            sameHomeBase(factory),
            sameStrength(factory)
        };
    }

    // Matched per person, without collecting their seats: this is evaluated on every move, and a staffing that
    // over-allocates someone is never proposed, so its explanation needs no seats.
    Constraint overAllocated(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .groupBy(Seat::person, sum(Seat::hours))
                .filter((person, hours) -> hours > person.freeHours())
                .penalize(HardMediumSoftScore.ONE_HARD, (person, hours) -> hours - person.freeHours())
                .justifyWith((person, hours, score) ->
                        Why.of("tradeOff.overAllocated", List.of(), hours, person.freeHours()))
                .asConstraint("overAllocated");
    }

    Constraint twiceOnOneMission(ConstraintFactory factory) {
        return factory.forEachUniquePair(Seat.class, equal(Seat::missionId), equal(Seat::person))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((a, b, score) -> Why.of("tradeOff.twice", List.of(a, b)))
                .asConstraint("twiceOnOneMission");
    }

    Constraint unfilled(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Seat.class)
                .filter(seat -> seat.person() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM)
                .justifyWith((seat, score) -> Why.of("tradeOff.unfilled", seat))
                .asConstraint("unfilled");
    }

    Constraint uncoveredNeed(ConstraintFactory factory) {
        return factory.forEach(NeededArea.class)
                .ifNotExists(
                        Seat.class,
                        equal(NeededArea::mission, Seat::missionId),
                        filtering((need, seat) ->
                                seat.person() != null && seat.person().covers(need)))
                .penalize(HardMediumSoftScore.ofSoft(UNCOVERED_NEED))
                .justifyWith((need, score) ->
                        Why.of(Why.atLevel("tradeOff.uncovered", need.level()), List.of(), need.area()))
                .asConstraint("uncoveredNeed");
    }

    Constraint coversNeed(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .join(
                        NeededArea.class,
                        equal(Seat::missionId, NeededArea::mission),
                        filtering((seat, need) -> seat.person().covers(need)))
                .reward(HardMediumSoftScore.ofSoft(COVERS_NEED))
                .justifyWith((seat, need, score) ->
                        Why.of(Why.atLevel("coversExpertise", seat.person().levelIn(need.area())), seat, need.area()))
                .asConstraint("coversNeed");
    }

    Constraint learnsBesideExpert(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .join(
                        NeededArea.class,
                        equal(Seat::missionId, NeededArea::mission),
                        filtering((seat, need) -> seat.person().wantsToLearn(need)
                                && !seat.person().covers(need)))
                .ifExists(
                        Seat.class,
                        equal((seat, need) -> seat.missionId(), Seat::missionId),
                        filtering((seat, need, other) -> other != seat
                                && other.person() != null
                                && other.person().covers(need)))
                .reward(HardMediumSoftScore.ofSoft(LEARNS_BESIDE_EXPERT))
                .justifyWith((seat, need, score) -> Why.of("wantsToLearn", seat, need.area()))
                .asConstraint("learnsBesideExpert");
    }

    Constraint firstLead(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.leads()
                        && seat.person().wantsToLead()
                        && seat.person().missionsLed() == 0)
                .reward(HardMediumSoftScore.ofSoft(FIRST_LEAD))
                .justifyWith((seat, score) -> Why.of("firstLead", seat))
                .asConstraint("firstLead");
    }

    Constraint leadsAgain(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.leads()
                        && seat.person().wantsToLead()
                        && seat.person().missionsLed() > 0)
                .reward(HardMediumSoftScore.ofSoft(LEADS_AGAIN))
                .justifyWith((seat, score) ->
                        Why.of("wantsToLead", seat, seat.person().missionsLed()))
                .asConstraint("leadsAgain");
    }

    Constraint ledLatest(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.leads() && seat.person().ledLatest())
                .penalize(HardMediumSoftScore.ofSoft(LED_LATEST))
                .justifyWith((seat, score) -> Why.of("tradeOff.ledLatest", seat))
                .asConstraint("ledLatest");
    }

    Constraint ledRecently(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.leads() && seat.person().leadsLastYear() > 0)
                .penalize(HardMediumSoftScore.ofSoft(LED_RECENTLY), seat -> seat.person()
                        .leadsLastYear())
                .justifyWith((seat, score) ->
                        Why.of("tradeOff.ledRecently", seat, seat.person().leadsLastYear()))
                .asConstraint("ledRecently");
    }

    Constraint ledOften(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.leads() && seat.person().missionsLed() > 2)
                .penalize(
                        HardMediumSoftScore.ofSoft(LED_OFTEN),
                        seat -> seat.person().missionsLed() - 2)
                .justifyWith((seat, score) ->
                        Why.of("tradeOff.ledOften", seat, seat.person().missionsLed()))
                .asConstraint("ledOften");
    }

    Constraint leadsTwice(ConstraintFactory factory) {
        return factory.forEachUniquePair(Seat.class, equal(Seat::person), filtering((a, b) -> a.leads() && b.leads()))
                .penalize(HardMediumSoftScore.ofSoft(LEADS_TWICE))
                .justifyWith((a, b, score) -> Why.of("tradeOff.leadsAnother", List.of(a, b)))
                .asConstraint("leadsTwice");
    }

    // Counts the leader seats the person has in this solve (this one included) beside what they lead now.
    Constraint busyLeader(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(Seat::leads)
                .join(Seat.class, equal(Seat::person), filtering((seat, other) -> other.leads()))
                .groupBy((seat, other) -> seat, countBi())
                .filter((seat, leads) -> busy(seat.person(), leads) > 0)
                .penalize(HardMediumSoftScore.ofSoft(BUSY_LEADER), (seat, leads) -> busy(seat.person(), leads))
                .justifyWith((seat, leads, score) -> Why.of(
                        "tradeOff.busyLeader",
                        seat,
                        seat.person().leadershipRoles(),
                        seat.person().leadingNow() + leads - 1))
                .asConstraint("busyLeader");
    }

    Constraint sameHomeBase(ConstraintFactory factory) {
        return factory.forEachUniquePair(Seat.class, equal(Seat::missionId), equal(seat -> seat.person()
                        .homeBase()))
                .filter((a, b) -> a.person().homeBase() != null && !Objects.equals(a.person(), b.person()))
                .penalize(HardMediumSoftScore.ofSoft(SAME_HOME_BASE))
                .justifyWith((a, b, score) -> Why.of("tradeOff.sameHomeBase", List.of(a, b)))
                .asConstraint("sameHomeBase");
    }

    Constraint sameStrength(ConstraintFactory factory) {
        return factory.forEachUniquePair(Seat.class, equal(Seat::missionId), equal(seat -> seat.person()
                        .strongestArea()))
                .filter((a, b) -> a.person().strongestArea() != null && !Objects.equals(a.person(), b.person()))
                .penalize(HardMediumSoftScore.ofSoft(SAME_STRENGTH))
                .justifyWith((a, b, score) -> Why.of(
                        "tradeOff.sameStrength", List.of(a, b), a.person().strongestArea()))
                .asConstraint("sameStrength");
    }

    /**
     * Leadership roles held, missions led now and the other missions of this solve they would lead, beyond the
     * first: a leader already stretched. {@code leads} counts their leader seats in this solve.
     */
    private static int busy(Candidate person, long leads) {
        return (int) Math.max(0, person.leadershipRoles() + person.leadingNow() + leads - 2);
    }
}
