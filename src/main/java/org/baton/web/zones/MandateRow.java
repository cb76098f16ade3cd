package org.baton.web.zones;

import java.time.Instant;
import java.util.UUID;

/** A mandate in force as listed: who holds the area ({@code holderType} HOME_BASE, MISSION or ROLE) and since when. */
public record MandateRow(UUID id, String holderType, String holderName, String holderHref, Instant grantedAt) {}
