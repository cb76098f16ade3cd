package org.baton.development;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.baton.people.Expertise;
import org.baton.people.PersonId;

/**
 * Ready to lead (DOMAIN.md §12): someone is ready for their first mission when they
 * <ul>
 *   <li>have a growth goal to lead ({@link GrowthGoals#toLead()}) and have never led a mission: without both, they
 *       are not someone to look at here;
 *   <li>joined at least {@value #MISSIONS_TO_HAVE_JOINED} missions as a member that have run: active now or ended
 *       (completed, abandoned, celebrated). Missions still proposed or being staffed do not count: they have seen
 *       how one runs;
 *   <li>are a practitioner or an expert in an area that missions being proposed or staffed need now. When no such
 *       mission says what it needs, this is not known, and does not hold them back: the reasons say so.
 * </ul>
 * Someone who misses no more than {@value #CLOSE_WHEN_LACKING} of these is close: shown with what they still lack,
 * so that their home base's leader and their steward see who is nearly there.
 */
public final class ReadinessToLead {

    /** How many missions someone has joined before they are ready to lead one. */
    public static final int MISSIONS_TO_HAVE_JOINED = 2;

    /** How many criteria someone close to ready may still miss. */
    public static final int CLOSE_WHEN_LACKING = 1;

    /** What Baton knows of one person, for reading their readiness. */
    record Candidate(
            PersonId personId,
            String name,
            List<String> growthGoals,
            List<Expertise> expertise,
            boolean hasLed,
            int missionsJoined) {}

    private final List<String> areasNeededNow;
    private final Set<String> needed;

    /** @param areasNeededNow the areas missions being proposed or staffed need now; empty when none says */
    ReadinessToLead(List<String> areasNeededNow) {
        this.areasNeededNow = List.copyOf(areasNeededNow);
        this.needed = areasNeededNow.stream().map(Expertise::key).collect(Collectors.toSet());
    }

    /**
     * The candidate's readiness, or empty when they are not someone to look at: they do not want to lead, have led a
     * mission already, or are further from ready than close.
     */
    Optional<Readiness> of(Candidate candidate) {
        if (candidate.hasLed() || !GrowthGoals.of(candidate.growthGoals()).toLead()) {
            return Optional.empty();
        }
        var reasons = new ArrayList<Reason>();
        var notYet = new ArrayList<Reason>();
        reasons.add(Reason.of("ready.wantsToLead"));
        reasons.add(Reason.of("ready.neverLed"));

        int joined = candidate.missionsJoined();
        if (joined >= MISSIONS_TO_HAVE_JOINED) {
            reasons.add(Reason.of("ready.joined", joined));
        } else {
            notYet.add(Reason.of("ready.joinedTooFew", joined, MISSIONS_TO_HAVE_JOINED));
        }

        var areas = new ArrayList<String>();
        if (needed.isEmpty()) {
            reasons.add(Reason.of("ready.needsNotKnown"));
        } else {
            for (Expertise expertise : candidate.expertise()) {
                if (expertise.level() != Expertise.Level.LEARNING && needed.contains(Expertise.key(expertise.area()))) {
                    areas.add(expertise.area());
                    reasons.add(Reason.of(
                            expertise.level() == Expertise.Level.EXPERT ? "ready.expertIn" : "ready.practitionerIn",
                            expertise.area()));
                }
            }
            if (areas.isEmpty()) {
                notYet.add(Reason.of("ready.noNeededExpertise", String.join(", ", areasNeededNow)));
            }
        }
        if (notYet.size() > CLOSE_WHEN_LACKING) {
            return Optional.empty();
        }
        return Optional.of(new Readiness(
                candidate.personId(), candidate.name(), notYet.isEmpty(), reasons, notYet, joined, areas));
    }
}
