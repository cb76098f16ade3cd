package org.baton.organizations;

import java.time.Instant;
import java.time.ZoneId;

public record Organization(OrganizationId id, String name, ZoneId timeZone, Instant createdAt) {}
