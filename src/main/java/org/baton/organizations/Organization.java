package org.baton.organizations;

import java.time.Instant;
import java.time.ZoneId;
import org.baton.shared.OrganizationId;

public record Organization(OrganizationId id, String name, ZoneId timeZone, Instant createdAt) {}
