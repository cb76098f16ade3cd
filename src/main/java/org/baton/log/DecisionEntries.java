package org.baton.log;

import static org.baton.log.Entries.join;

import java.util.List;
import java.util.UUID;
import org.baton.decisions.AdviceGiven;
import org.baton.decisions.AdviceRequested;
import org.baton.decisions.ConsentFellBack;
import org.baton.decisions.ConsultationAnswered;
import org.baton.decisions.ContestAnswered;
import org.baton.decisions.Decision;
import org.baton.decisions.DecisionContested;
import org.baton.decisions.DecisionEvent;
import org.baton.decisions.DecisionMade;
import org.baton.decisions.DecisionRaised;
import org.baton.decisions.Decisions;
import org.baton.decisions.ObjectionIntegrated;
import org.baton.decisions.ObjectionRaised;
import org.baton.decisions.ObjectionWithdrawn;
import org.baton.decisions.ProposalAmended;
import org.baton.decisions.ReactionGiven;
import org.baton.decisions.ResultRecorded;
import org.baton.decisions.ReviewDue;
import org.baton.shared.Visibility;
import org.baton.teams.Audience;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every step of a decision becomes a log entry, inside the transaction that takes the step: the one
 * reaction that must not run after commit, because the hash chain has to hold exactly the changes made.
 */
@Component
class DecisionEntries {

    private final DecisionLog log;
    private final LogAudiences audiences;
    private final Decisions decisions;

    DecisionEntries(DecisionLog log, LogAudiences audiences, Decisions decisions) {
        this.log = log;
        this.audiences = audiences;
        this.decisions = decisions;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DecisionEvent e) {
        var entry = entryFor(e);
        log.append(
                e.organizationId(),
                e.actor(),
                "DECISION",
                e.decisionId().value(),
                "DECISION_" + entry.action(),
                e.at(),
                e.subject().title(),
                join(e.subject().context(), entry.detail()),
                entry.choice(),
                entry.result(),
                entry.principleIds(),
                e.scope());
        keepAudience(e);
    }

    /**
     * Keeps who may read the decision's entries, as it stands after this step: a decider named by a fallback
     * or someone asked for advice may read them from now on. One open to the organization stays open.
     */
    private void keepAudience(DecisionEvent e) {
        var audience = e.subject().visibility() == Visibility.ORGANIZATION
                ? Audience.everyone(e.scope())
                : decisions
                        .find(e.organizationId(), e.decisionId())
                        .map(Decision::audience)
                        .orElseThrow();
        audiences.keep(e.organizationId(), e.decisionId().value(), audience);
    }

    /** What the entry says besides the decision's subject: the step, what it added, and the record so far. */
    private record Entry(String action, String detail, String choice, String result, List<UUID> principleIds) {

        /** A step while the decision is open: nothing is chosen, no principle cited, no result. */
        static Entry open(String action, String detail) {
            return new Entry(action, detail, "", "", List.of());
        }
    }

    private static Entry entryFor(DecisionEvent event) {
        return switch (event) {
            case DecisionRaised e -> Entry.open("RAISED", e.method().name());
            case AdviceRequested e -> Entry.open("ADVICE_REQUESTED", "");
            case AdviceGiven e -> Entry.open("ADVICE_GIVEN", e.advice());
            case ReactionGiven e -> Entry.open("REACTED", e.kind().name());
            case ObjectionRaised e -> new Entry("OBJECTION_RAISED", e.harm(), "", "", e.principleIds());
            case ObjectionWithdrawn e -> Entry.open("OBJECTION_WITHDRAWN", e.harm());
            case ObjectionIntegrated e -> Entry.open("OBJECTION_INTEGRATED", e.harm());
            case ProposalAmended e -> Entry.open("PROPOSAL_AMENDED", e.text());
            case ConsultationAnswered e -> Entry.open("CONSULTATION_ANSWERED", e.answer());
            case ConsentFellBack e -> Entry.open("FELL_BACK_TO_ADVICE", "");
            case DecisionContested e -> new Entry("CONTESTED", e.reason(), e.choice(), e.result(), e.principleIds());
            case ContestAnswered e ->
                new Entry("CONTEST_ANSWERED", e.answer(), e.choice(), e.result(), e.principleIds());
            case DecisionMade e -> new Entry("DECIDED", e.rationale(), e.choice(), "", e.principleIds());
            case ResultRecorded e -> new Entry("RESULT_RECORDED", e.result(), e.choice(), e.result(), e.principleIds());
            case ReviewDue e ->
                new Entry(
                        "REVIEW_DUE",
                        e.reviewOn() == null ? "" : e.reviewOn().toString(),
                        e.choice(),
                        e.result(),
                        e.principleIds());
        };
    }
}
