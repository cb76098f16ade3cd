package org.baton.homebases;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.DomainEvent;
import org.baton.shared.OrganizationId;

/**
 * What happened to a home base. Every fact carries the home base's name as it stood, when it happened, and
 * who did it ({@code actor}, null when Baton did).
 */
public sealed interface HomeBaseEvent extends DomainEvent
        permits HomeBaseFounded,
                HomeBaseContextChanged,
                HomeBaseLeaderChanged,
                HomeBaseMemberJoined,
                HomeBaseMemberLeft {

    @Override
    OrganizationId organizationId();

    HomeBaseId homeBaseId();

    @Override
    Instant at();

    PersonId actor();

    String name();
}
