package org.baton.homebases;

import java.time.Instant;
import java.util.List;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;

/** A stable team around one customer problem space. */
public final class HomeBase {

    private final HomeBaseId id;
    private final OrganizationId organizationId;
    private String name;
    private String purpose;
    private PersonId leaderId;
    private List<PersonId> memberIds;
    private HomeBaseContext context;
    private final long version;
    private final Instant foundedAt;

    HomeBase(
            HomeBaseId id,
            OrganizationId organizationId,
            String name,
            String purpose,
            PersonId leaderId,
            List<PersonId> memberIds,
            HomeBaseContext context,
            long version,
            Instant foundedAt) {
        this.id = id;
        this.organizationId = organizationId;
        this.name = name;
        this.purpose = purpose;
        this.leaderId = leaderId;
        this.memberIds = memberIds;
        this.context = context;
        this.version = version;
        this.foundedAt = foundedAt;
    }

    static HomeBase found(OrganizationId organizationId, HomeBaseDetails details, Instant now) {
        var homeBase = new HomeBase(
                HomeBaseId.random(), organizationId, null, "", null, List.of(), HomeBaseContext.EMPTY, 0, now);
        homeBase.describe(details);
        return homeBase;
    }

    void describe(HomeBaseDetails details) {
        if (details.name() == null || details.name().isBlank()) {
            throw new RuleViolation("name", "homeBase.name.required", "A home base needs a name.");
        }
        if (details.name().strip().length() > 120) {
            throw new RuleViolation("name", "homeBase.name.long", "A home base name may have at most 120 characters.");
        }
        this.name = details.name().strip();
        this.purpose = details.purpose();
        this.leaderId = details.leaderId();
        this.memberIds = details.memberIds();
        this.context = details.context();
    }

    /** Puts the members in the given order (people by name); members the order leaves out stay out. */
    void orderMembers(List<PersonId> order) {
        var members = java.util.Set.copyOf(memberIds);
        this.memberIds = order.stream().filter(members::contains).toList();
    }

    public HomeBaseId id() {
        return id;
    }

    public OrganizationId organizationId() {
        return organizationId;
    }

    public String name() {
        return name;
    }

    public String purpose() {
        return purpose;
    }

    public PersonId leaderId() {
        return leaderId;
    }

    public List<PersonId> memberIds() {
        return memberIds;
    }

    public HomeBaseContext context() {
        return context;
    }

    public long version() {
        return version;
    }

    public Instant foundedAt() {
        return foundedAt;
    }
}
