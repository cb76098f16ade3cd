package org.baton.missions;

import org.baton.homebases.HomeBaseId;
import org.baton.shared.OrganizationId;

public record MissionProposed(
        OrganizationId organizationId, MissionId missionId, String title, HomeBaseId homeBaseId) {}
