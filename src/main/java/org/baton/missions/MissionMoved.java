package org.baton.missions;

import org.baton.shared.OrganizationId;

/** A mission moved along its lifecycle. */
public record MissionMoved(
        OrganizationId organizationId, MissionId missionId, String title, MissionStatus from, MissionStatus to) {}
