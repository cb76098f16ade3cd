package org.baton.notifications;

import org.baton.shared.OrganizationId;

/** One message for the outbox: rendered when queued, so the sender only sends. {@code replyTo} is a signed reply address, or null. */
record OutgoingMail(
        OrganizationId organizationId,
        String sourceKey,
        String recipient,
        String subject,
        String text,
        String html,
        String unsubscribeUrl,
        String replyTo) {}
