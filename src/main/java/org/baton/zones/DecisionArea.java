package org.baton.zones;

import java.time.Instant;
import org.baton.shared.OrganizationId;

public record DecisionArea(
        AreaId id,
        OrganizationId organizationId,
        String name,
        Zone zone,
        String description,
        Instant createdAt,
        long version) {}
