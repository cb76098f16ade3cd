package org.baton.web.missions;

import java.time.Instant;
import java.util.UUID;

/** A check-in as listed: who recorded it, when, and how far it put the metric (percent of the way). */
public record CheckInRow(String value, int confidence, String note, String by, UUID byId, Instant at, int progress) {}
