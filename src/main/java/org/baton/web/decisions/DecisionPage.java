package org.baton.web.decisions;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.baton.decisions.Decision;
import org.baton.decisions.DecisionFlag;
import org.baton.decisions.DecisionMethod;
import org.baton.decisions.DecisionStatus;
import org.baton.decisions.DecisionStep;
import org.baton.decisions.Objection;
import org.baton.decisions.PrincipleCatalogue;
import org.baton.decisions.Reaction;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.zones.DecisionArea;

/**
 * What a decision's page shows one viewer: the decision, the names of the people in it, where it sits, and the
 * steps the decision itself says are open to this viewer ({@link Decision#stepsOpenTo}), so the page offers
 * exactly the forms the decision would accept.
 */
record DecisionPage(
        Decision decision,
        PersonId me,
        Set<DecisionStep> steps,
        Map<PersonId, Person> names,
        ScopeChoices.Named scope,
        DecisionArea area,
        List<CitablePrinciples.Cited> cited,
        List<CitablePrinciples.Cited> principles,
        List<PrincipleCatalogue.PrincipleHint> likelyPrinciples,
        List<Person> everyone) {

    DecisionPage {
        steps = Set.copyOf(steps);
    }

    /** Whether the step named (a {@link DecisionStep}, e.g. {@code 'AMEND'}) is open to the viewer. */
    public boolean can(String step) {
        return steps.contains(DecisionStep.valueOf(step));
    }

    public boolean isDecider() {
        return me.equals(decision.deciderId());
    }

    public boolean isOpen() {
        return decision.status() == DecisionStatus.OPEN;
    }

    public boolean isConsent() {
        return decision.method() == DecisionMethod.CONSENT;
    }

    public int openObjections() {
        return decision.openObjections().size();
    }

    /** The participants who have not consented yet (an objector has not). */
    public List<PersonId> awaited() {
        return decision.awaitedParticipants();
    }

    /** A participant's latest reaction, or null before they react. */
    public Reaction reactionOf(PersonId participant) {
        return decision.reactionOf(participant).orElse(null);
    }

    /** Whether the proposer's amendments offer an integration the objector {@code me} may accept. */
    public boolean mayAcceptIntegration(Objection objection) {
        return objection.open() && objection.raisedBy().equals(me) && decision.integrationOffered(objection);
    }

    public boolean flagged(String flag) {
        return decision.flags().contains(DecisionFlag.valueOf(flag));
    }

    public Reaction.Kind[] kinds() {
        return Reaction.Kind.values();
    }
}
