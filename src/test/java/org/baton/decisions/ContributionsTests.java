package org.baton.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baton.decisions.DecisionBuilder.ANA;
import static org.baton.decisions.DecisionBuilder.BEN;
import static org.baton.decisions.DecisionBuilder.CARA;
import static org.baton.decisions.DecisionBuilder.HARM;
import static org.baton.decisions.DecisionBuilder.NOW;
import static org.baton.decisions.DecisionBuilder.aConsentDecision;
import static org.baton.decisions.DecisionBuilder.anAdviceDecision;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each step adds or changes only the contributions it is about, which is all that saving it writes. */
class ContributionsTests {

    /** A decision as loaded from the database: nothing new, nothing changed. */
    static Decision saved(Decision decision) {
        decision.saved(decision.version() + 1);
        decision.events().release();
        return decision;
    }

    @Test
    void aNewDecisionHasOnlyItsFirstProposalToWrite() {
        var contributions = aConsentDecision().proposing(" Four days ").raise().contributions();
        assertThat(contributions.proposalParts().added()).containsExactly(contributions.currentProposal());
        assertThat(contributions.currentProposal().text()).isEqualTo("Four days");
        assertThat(contributions.objectionParts().added()).isEmpty();
    }

    @Test
    void anObjectionAddsTheObjectionAndItsAuthorsReactionAndNothingElse() {
        var decision = saved(aConsentDecision().raisedBy(ANA).build());
        var objection = decision.raiseObjection(BEN, HARM, List.of(), NOW);
        var c = decision.contributions();
        assertThat(c.objectionParts().added()).containsExactly(objection);
        assertThat(c.reactionParts().added()).hasSize(1);
        assertThat(c.proposalParts().added()).isEmpty();
        assertThat(c.adviceParts().added()).isEmpty();
        assertThat(c.objectionParts().changed()).isEmpty();
    }

    @Test
    void withdrawingChangesTheObjectionInPlace() {
        var decision = aConsentDecision().raisedBy(ANA).build();
        var objection = decision.raiseObjection(BEN, HARM, List.of(), NOW);
        saved(decision);
        decision.withdrawObjection(objection.id(), BEN, NOW);
        var c = decision.contributions();
        assertThat(c.objectionParts().added()).isEmpty();
        assertThat(c.objectionParts().changed())
                .singleElement()
                .extracting(Objection::status)
                .isEqualTo(Objection.Status.WITHDRAWN);
    }

    @Test
    void answeringAskedAdviceChangesItAndUnaskedAdviceIsNew() {
        var decision = anAdviceDecision().raisedBy(ANA).build();
        decision.requestAdvice(ANA, List.of(BEN), NOW);
        saved(decision);
        decision.giveAdvice(BEN, "Build it in-house", NOW);
        decision.giveAdvice(CARA, "Ask for an exit clause", NOW);
        var c = decision.contributions();
        assertThat(c.adviceParts().changed()).extracting(Advice::personId).containsExactly(BEN);
        assertThat(c.adviceParts().added()).extracting(Advice::personId).containsExactly(CARA);
    }

    @Test
    void aSecondReactionOfTheSamePersonReplacesTheirFirst() {
        var decision = aConsentDecision().raisedBy(ANA).build();
        decision.react(BEN, Reaction.Kind.CONCERN, "Fridays", NOW);
        saved(decision);
        decision.react(BEN, Reaction.Kind.CONSENT, "", NOW);
        var c = decision.contributions();
        assertThat(c.reactions()).extracting(Reaction::kind).containsExactly(Reaction.Kind.CONSENT);
        assertThat(c.reactionParts().changed()).hasSize(1);
        assertThat(c.reactionParts().added()).isEmpty();
    }

    @Test
    void savingBumpsTheVersionAndLeavesNothingToWrite() {
        var decision = aConsentDecision().raisedBy(ANA).build();
        decision.raiseObjection(BEN, HARM, List.of(), NOW);
        decision.saved(3);
        assertThat(decision.version()).isEqualTo(3);
        assertThat(decision.contributions().objectionParts().added()).isEmpty();
        assertThat(decision.contributions().reactionParts().added()).isEmpty();
    }
}
