package org.baton.zones;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.DomainEvent;
import org.baton.shared.OrganizationId;

/**
 * What happened to the organization's decision areas, its centre and its mandates. Each fact says who did it
 * ({@code actor}, null when Baton did, e.g. mandates kept in step with a mission's authority) and carries the
 * names a timeline needs to say it in words: "Ana moved Pricing to the centre-intervention zone".
 */
public sealed interface ZoneEvent extends DomainEvent
        permits AreaDefined, ZoneChanged, CentreAppointed, MandateGranted, MandateRevoked {

    @Override
    OrganizationId organizationId();

    @Override
    Instant at();

    /** The person who did it; null when Baton did. */
    PersonId actor();

    /** The actor's name; null when Baton did it. */
    String actorName();

    /**
     * The centre's consent decision the change was made under (its provenance); null when the admin made it
     * directly, acting for a centre not appointed yet, or when Baton did.
     */
    UUID decisionId();
}
