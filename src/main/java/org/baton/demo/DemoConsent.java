package org.baton.demo;

import java.util.List;
import org.baton.decisions.Choice;
import org.baton.decisions.DecisionId;
import org.baton.decisions.Decisions;
import org.baton.decisions.Reaction;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.stereotype.Component;

/** How the demo's consent rounds pass: every participant consents, then the proposer records the decision. */
@Component
class DemoConsent {

    private final Decisions decisions;

    DemoConsent(Decisions decisions) {
        this.decisions = decisions;
    }

    void consentAndDecide(OrganizationId org, DecisionId id, PersonId proposer, List<PersonId> participants) {
        for (PersonId participant : participants) {
            decisions.react(org, id, participant, Reaction.Kind.CONSENT, null);
        }
        var decision = decisions.get(org, id);
        decisions.decide(
                org,
                id,
                proposer,
                new Choice(decision.subject().title(), "Everyone asked consented.", List.of(), null, null));
    }
}
