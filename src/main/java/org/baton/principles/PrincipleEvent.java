package org.baton.principles;

import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.DomainEvent;

/**
 * What happened to the organization's values and principles. Each carries what a timeline needs to say it in
 * words ("Ana revised the principle 'Decide close to the work'"); {@code actor} is the person who did it, or
 * null when Baton did.
 */
public sealed interface PrincipleEvent extends DomainEvent
        permits ValueDefined, ValueRevised, ValueRetired, PrincipleAdopted, PrincipleRevised, PrincipleRetired {

    PersonId actor();

    /**
     * The decision the change was made under (its provenance): the governance body's consent decision that
     * adopted the proposal; null when the admin made it directly, acting for a body not appointed yet, or when a
     * regeneration review did.
     */
    DecisionId decisionId();
}
