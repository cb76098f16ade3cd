package org.baton.web.roles;

import java.util.List;
import org.baton.roles.RoleScope;

/**
 * The roles of one area of the map: the whole organization, one knowledge area, one home base or mission, or one
 * person. {@code name} names the area (null for the organization), {@code href} links to it where it has a page.
 */
record RoleArea(RoleScope.Type kind, String name, String href, List<RoleCard> roles) {}
