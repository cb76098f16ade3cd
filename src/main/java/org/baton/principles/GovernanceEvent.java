package org.baton.principles;

import org.baton.people.PersonId;
import org.baton.shared.DomainEvent;

/**
 * What happened in the governance of the principles: the body's seats and cadence, changes proposed and
 * adopted, regeneration reviews and tensions. {@code actor} is the person who did it, or null when Baton did.
 */
public sealed interface GovernanceEvent extends DomainEvent
        permits MemberAppointed,
                ReviewCadenceChanged,
                ChangeProposed,
                ChangeAdopted,
                ReviewStarted,
                ReviewOutcomeRecorded,
                ReviewClosed,
                TensionRaised {

    PersonId actor();
}
