package org.baton.homebases;

import java.time.Instant;
import java.util.List;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/**
 * Someone changed what a home base is about; {@code changed} names which parts. Its leader and members have
 * events of their own.
 */
public record HomeBaseContextChanged(
        OrganizationId organizationId,
        HomeBaseId homeBaseId,
        Instant at,
        PersonId actor,
        String name,
        List<Part> changed)
        implements HomeBaseEvent {

    public enum Part {
        NAME,
        PURPOSE,
        CUSTOMERS,
        SUCCESS_METRICS,
        PRIORITIES,
        BUDGET
    }

    public HomeBaseContextChanged {
        changed = List.copyOf(changed);
    }
}
