package org.baton.missions;

import java.math.BigDecimal;
import org.baton.shared.OrganizationId;

public record CheckInRecorded(
        OrganizationId organizationId,
        MissionId missionId,
        String title,
        BigDecimal value,
        String unit,
        int confidence) {}
