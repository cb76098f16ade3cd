package org.baton.missions;

import org.baton.homebases.HomeBaseId;
import org.baton.organizations.OrganizationId;

public record MissionProposed(
        OrganizationId organizationId, MissionId missionId, String title, HomeBaseId homeBaseId) {}
