package org.baton.people;

import java.time.Instant;
import org.baton.shared.DomainEvent;
import org.baton.shared.OrganizationId;

/**
 * What happened to a person's record. Every fact carries the person's name as it stood, when it happened,
 * and who did it ({@code actor}, null when Baton did, as when an organization is founded with its first
 * person).
 */
public sealed interface PersonEvent extends DomainEvent
        permits PersonEnrolled,
                PersonProfileEdited,
                StewardChosen,
                MentorChosen,
                MentorshipEnded,
                ReportingLineChanged {

    @Override
    OrganizationId organizationId();

    PersonId personId();

    @Override
    Instant at();

    PersonId actor();

    String name();
}
