package org.baton.homebases;

import java.time.Instant;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A person joined a home base (leaving any other: a person belongs to one home base at most). */
public record HomeBaseMemberJoined(
        OrganizationId organizationId,
        HomeBaseId homeBaseId,
        Instant at,
        PersonId actor,
        String name,
        PersonId memberId)
        implements HomeBaseEvent {}
