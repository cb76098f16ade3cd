package org.baton.missions;

import org.baton.organizations.OrganizationId;

/** A mission moved along its lifecycle. */
public record MissionMoved(
        OrganizationId organizationId, MissionId missionId, String title, MissionStatus from, MissionStatus to) {}
