package org.baton.decisions;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.baton.people.PersonId;

/**
 * Who may take which step of a decision now: the decider asks for advice and amends while the decision is open,
 * decides once its method lets it pass ({@link ReadyToDecide}), then records the result; the participants of a
 * consent round react; the people consulted answer; everyone else but the decider gives advice, and may contest
 * a decision that fell back to its topic's leader. The steps guard the same rules.
 */
final class DecisionSteps {

    private DecisionSteps() {}

    static Set<DecisionStep> openTo(DecisionRecord d, PersonId viewer, Instant now) {
        var steps = EnumSet.noneOf(DecisionStep.class);
        var standing = d.standing();
        boolean open = standing.open();
        boolean decider = standing.isDecider(viewer);
        if (open && decider) {
            steps.addAll(List.of(DecisionStep.REQUEST_ADVICE, DecisionStep.AMEND));
            if (ReadyToDecide.at(d, now)) {
                steps.add(DecisionStep.DECIDE);
            }
        }
        if (open && !decider) {
            steps.add(DecisionStep.GIVE_ADVICE);
            if (standing.byConsent() && d.contributions().isParticipant(viewer)) {
                steps.add(DecisionStep.REACT);
            }
            if (d.contributions().isConsulted(viewer)) {
                steps.add(DecisionStep.ANSWER_CONSULTATION);
            }
        }
        if (standing.fellBack() && !decider) {
            steps.add(DecisionStep.CONTEST);
        }
        if (!open && decider && standing.result() == null) {
            steps.add(DecisionStep.RECORD_RESULT);
        }
        return steps;
    }
}
