package org.baton.zones;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/**
 * What zones needs to know of the roles mandates are granted to, answered by the roles module (which depends on
 * zones, so zones asks through this port): who holds a role today, and which role a title names.
 */
public interface RoleHolders {

    /** The roles of these ids in the organization, with who holds each today; ids of no role are left out. */
    List<HeldRole> held(OrganizationId org, Collection<UUID> roleIds);

    /**
     * The organization-wide or knowledge-area role of this title (any case; a personal or team role of that title
     * never takes an organization's mandate by name); if there is none, a work role of the whole organization with
     * one seat is defined with that title, on the same authority as the mandate granted to it.
     */
    HeldRole titled(OrganizationId org, ChangeOrigin origin, String title);

    /**
     * A role as routing sees it.
     *
     * @param facultyLead whether it is a faculty lead ("Lead Pricing"), whose holders lead the topics it holds
     * @param holders who holds it today, longest serving first
     */
    record HeldRole(UUID roleId, String title, boolean facultyLead, List<PersonId> holders) {

        public HeldRole {
            holders = List.copyOf(holders);
        }

        boolean heldBy(PersonId person) {
            return holders.contains(person);
        }

        PersonId firstHolder() {
            return holders.isEmpty() ? null : holders.getFirst();
        }
    }
}
