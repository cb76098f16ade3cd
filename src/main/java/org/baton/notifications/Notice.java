package org.baton.notifications;

import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/**
 * One notice for one person, as every channel receives it. {@code kind} is a message key suffix
 * ({@code inbox.<kind>}); {@code sourceKey} names the event, the person and the kind, so that a channel that keeps
 * what it sends (the mail outbox) never sends one notice twice when a listener runs again.
 */
public record Notice(
        OrganizationId organizationId,
        PersonId personId,
        String kind,
        String subjectType,
        UUID subjectId,
        String title,
        String detail,
        String sourceKey) {}
