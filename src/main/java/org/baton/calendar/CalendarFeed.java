package org.baton.calendar;

import java.time.Instant;
import java.util.UUID;

/** A person's live calendar feed as listed: never its secret, which is shown once when the feed is made. */
public record CalendarFeed(UUID id, Instant createdAt) {}
