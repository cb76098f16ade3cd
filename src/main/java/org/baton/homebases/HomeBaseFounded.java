package org.baton.homebases;

import org.baton.organizations.OrganizationId;

public record HomeBaseFounded(OrganizationId organizationId, HomeBaseId homeBaseId, String name) {}
