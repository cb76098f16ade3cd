package org.baton.homebases;

import org.baton.shared.OrganizationId;

public record HomeBaseFounded(OrganizationId organizationId, HomeBaseId homeBaseId, String name) {}
