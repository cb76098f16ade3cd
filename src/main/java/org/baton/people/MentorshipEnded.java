package org.baton.people;

import java.time.Instant;
import org.baton.shared.OrganizationId;

/** A mentorship of {@code personId} (the mentee) was ended, by the mentee or the mentor. */
public record MentorshipEnded(
        OrganizationId organizationId,
        PersonId personId,
        Instant at,
        PersonId actor,
        String name,
        MentorshipId mentorshipId,
        PersonId mentorId,
        String knowledgeArea)
        implements PersonEvent {}
