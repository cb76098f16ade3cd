package org.baton.missions;

import java.math.BigDecimal;
import org.baton.organizations.OrganizationId;

public record CheckInRecorded(
        OrganizationId organizationId,
        MissionId missionId,
        String title,
        BigDecimal value,
        String unit,
        int confidence) {}
