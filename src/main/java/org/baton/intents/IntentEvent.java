package org.baton.intents;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.DomainEvent;
import org.baton.shared.OrganizationId;
import org.baton.teams.Scope;

/**
 * What happened to an intent. Every fact says who acted ({@code actor}, null when Baton acted, as when the
 * objection window ends) and carries the intent's statement, reason and scope as they stood, so that the
 * decision log and the inbox need not look the intent up. Who hears of which fact is the listeners' concern.
 */
public sealed interface IntentEvent extends DomainEvent
        permits IntentDeclared,
                IntentObjectionRaised,
                IntentAmended,
                IntentWithdrawn,
                IntentProceeded,
                IntentTakenToAdvice,
                IntentResultRecorded {

    @Override
    OrganizationId organizationId();

    IntentId intentId();

    @Override
    Instant at();

    PersonId actor();

    String statement();

    String reason();

    Scope scope();
}
