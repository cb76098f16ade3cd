package org.baton.missions;

import java.util.List;
import org.baton.shared.OrganizationId;

/** The decision areas a mission owns outright changed (entries are area names or ids). */
public record MissionAuthorityChanged(OrganizationId organizationId, MissionId missionId, List<String> authority) {}
