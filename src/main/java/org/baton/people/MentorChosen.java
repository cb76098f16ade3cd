package org.baton.people;

import java.time.Instant;
import org.baton.shared.OrganizationId;

/** A person (the mentee, {@code personId}) chose a mentor for a knowledge area. */
public record MentorChosen(
        OrganizationId organizationId,
        PersonId personId,
        Instant at,
        PersonId actor,
        String name,
        MentorshipId mentorshipId,
        PersonId mentorId,
        String knowledgeArea)
        implements PersonEvent {}
