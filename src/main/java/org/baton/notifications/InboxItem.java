package org.baton.notifications;

import java.time.Instant;
import java.util.UUID;

/** Something for one person to know about. {@code kind} is a message key suffix: {@code inbox.<kind>}. */
public record InboxItem(
        UUID id,
        String kind,
        String subjectType,
        UUID subjectId,
        String title,
        String detail,
        Instant createdAt,
        Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
