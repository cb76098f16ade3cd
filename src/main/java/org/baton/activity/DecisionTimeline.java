package org.baton.activity;

import org.baton.activity.Change.SubjectType;
import org.baton.decisions.AdviceGiven;
import org.baton.decisions.AdviceRequested;
import org.baton.decisions.ConsentFellBack;
import org.baton.decisions.ConsultationAnswered;
import org.baton.decisions.ContestAnswered;
import org.baton.decisions.DecisionContested;
import org.baton.decisions.DecisionEvent;
import org.baton.decisions.DecisionMade;
import org.baton.decisions.DecisionRaised;
import org.baton.decisions.ObjectionIntegrated;
import org.baton.decisions.ObjectionRaised;
import org.baton.decisions.ObjectionWithdrawn;
import org.baton.decisions.ProposalAmended;
import org.baton.decisions.ReactionGiven;
import org.baton.decisions.ResultRecorded;
import org.baton.decisions.ReviewDue;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The steps of a decision that change what the organization knows: raised, objected to, amended, fallen back,
 * contested, made, and its result. Advice and reactions stay on the decision's own page.
 */
@Component
class DecisionTimeline {

    private final Activity activity;

    DecisionTimeline(Activity activity) {
        this.activity = activity;
    }

    @ApplicationModuleListener
    void on(DecisionEvent event) {
        String detail = "";
        String kind =
                switch (event) {
                    case DecisionRaised raised -> "decisionRaised";
                    case ObjectionRaised objection -> "decisionObjectionRaised";
                    case ProposalAmended amended -> "decisionProposalAmended";
                    case ConsentFellBack fellBack -> "decisionFellBack";
                    case DecisionContested contested -> "decisionContested";
                    case DecisionMade made -> {
                        detail = made.choice();
                        yield "decisionMade";
                    }
                    case ResultRecorded result -> "decisionResultRecorded";
                    case AdviceRequested quiet -> null;
                    case AdviceGiven quiet -> null;
                    case ReactionGiven quiet -> null;
                    case ObjectionWithdrawn quiet -> null;
                    case ObjectionIntegrated quiet -> null;
                    case ContestAnswered quiet -> null;
                    case ConsultationAnswered quiet -> null;
                    case ReviewDue quiet -> null;
                };
        if (kind != null) {
            activity.record(
                    event,
                    event.actor(),
                    kind,
                    SubjectType.DECISION,
                    event.decisionId().value(),
                    event.subject().title(),
                    detail);
        }
    }
}
