package org.baton.homebases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RecordedEvents;
import org.baton.shared.RuleViolation;
import org.baton.shared.TextLimits;

/**
 * A stable team around one customer problem space. A person belongs to one home base at most; the module
 * moves them out of any other when they join. Records each change as an event, and knows who joined and who
 * left since it was loaded, so that saving it writes only those memberships.
 */
public final class HomeBase {

    private final HomeBaseId id;
    private final OrganizationId organizationId;
    private String name;
    private String purpose;
    private PersonId leaderId;
    private List<PersonId> memberIds;
    private List<PersonId> savedMemberIds;
    private HomeBaseContext context;
    private long version;
    private final Instant foundedAt;
    private final RecordedEvents<HomeBaseEvent> events = new RecordedEvents<>();

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
        this.savedMemberIds = memberIds;
        this.context = context;
        this.version = version;
        this.foundedAt = foundedAt;
    }

    static HomeBase found(OrganizationId organizationId, HomeBaseDetails details, PersonId by, Instant now) {
        var homeBase = new HomeBase(
                HomeBaseId.random(), organizationId, null, "", null, List.of(), HomeBaseContext.EMPTY, 0, now);
        homeBase.apply(details);
        homeBase.events.record(new HomeBaseFounded(
                organizationId,
                homeBase.id,
                now,
                by,
                homeBase.name,
                homeBase.purpose,
                homeBase.leaderId,
                homeBase.memberIds));
        return homeBase;
    }

    /**
     * Changes what the home base is about, who leads it and who belongs to it; each change is its own fact. Only
     * whoever holds the home base ({@link HomeBaseAuthority}) changes it.
     */
    void describe(HomeBaseDetails details, PersonId by, Instant now) {
        authority().requireChangeBy(by);
        var before = new HomeBaseDetails(name, purpose, leaderId, memberIds, context);
        apply(details);
        var parts = changedParts(before);
        if (!parts.isEmpty()) {
            events.record(new HomeBaseContextChanged(organizationId, id, now, by, name, parts));
        }
        if (!Objects.equals(before.leaderId(), leaderId)) {
            events.record(new HomeBaseLeaderChanged(organizationId, id, now, by, name, before.leaderId(), leaderId));
        }
        memberIds.stream()
                .filter(p -> !before.memberIds().contains(p))
                .forEach(p -> events.record(new HomeBaseMemberJoined(organizationId, id, now, by, name, p)));
        before.memberIds().stream()
                .filter(p -> !memberIds.contains(p))
                .forEach(p -> events.record(new HomeBaseMemberLeft(organizationId, id, now, by, name, p)));
    }

    /** Makes the person a member; nothing happens when they are one already. */
    void join(PersonId person, PersonId by, Instant now) {
        if (!memberIds.contains(person)) {
            memberIds = Stream.concat(memberIds.stream(), Stream.of(person)).toList();
            events.record(new HomeBaseMemberJoined(organizationId, id, now, by, name, person));
        }
    }

    /** The person is no longer a member; nothing happens when they were not one. */
    void leave(PersonId person, PersonId by, Instant now) {
        if (memberIds.contains(person)) {
            memberIds = memberIds.stream().filter(p -> !p.equals(person)).toList();
            events.record(new HomeBaseMemberLeft(organizationId, id, now, by, name, person));
        }
    }

    /** Who became a member since the home base was loaded or last saved. */
    List<PersonId> joinedSinceSaved() {
        return memberIds.stream().filter(p -> !savedMemberIds.contains(p)).toList();
    }

    /** Who stopped being a member since the home base was loaded or last saved. */
    List<PersonId> leftSinceSaved() {
        return savedMemberIds.stream().filter(p -> !memberIds.contains(p)).toList();
    }

    /** The home base and its memberships are written, as {@code version}. */
    void saved(long version) {
        this.version = version;
        membersSaved();
    }

    /** Its memberships are written; the home base's own row, and so its version, did not change. */
    void membersSaved() {
        this.savedMemberIds = memberIds;
    }

    /** Whether {@code viewer} may change this home base: the page offers its edit form only to them. */
    public boolean changeableBy(PersonId viewer) {
        return authority().allowsChangesBy(viewer);
    }

    /** Refuses (403) {@code person} the edit form of a home base they may not change. */
    public void requireChangeableBy(PersonId person) {
        authority().requireChangeBy(person);
    }

    private HomeBaseAuthority authority() {
        return new HomeBaseAuthority(leaderId, memberIds);
    }

    List<HomeBaseEvent> releaseEvents() {
        return events.release();
    }

    private void apply(HomeBaseDetails details) {
        if (details.name() == null || details.name().isBlank()) {
            throw new RuleViolation("name", "homeBase.name.required", "A home base needs a name.");
        }
        if (details.name().strip().length() > TextLimits.NAME) {
            throw new RuleViolation("name", "homeBase.name.long", "A home base name may have at most 120 characters.");
        }
        this.name = details.name().strip();
        this.purpose = details.purpose();
        this.leaderId = details.leaderId();
        this.memberIds = details.memberIds();
        this.context = details.context();
    }

    private List<HomeBaseContextChanged.Part> changedParts(HomeBaseDetails before) {
        var parts = new ArrayList<HomeBaseContextChanged.Part>();
        var was = before.context();
        if (!before.name().equals(name)) {
            parts.add(HomeBaseContextChanged.Part.NAME);
        }
        if (!before.purpose().equals(purpose)) {
            parts.add(HomeBaseContextChanged.Part.PURPOSE);
        }
        if (!was.customers().equals(context.customers())) {
            parts.add(HomeBaseContextChanged.Part.CUSTOMERS);
        }
        if (!was.successMetrics().equals(context.successMetrics())) {
            parts.add(HomeBaseContextChanged.Part.SUCCESS_METRICS);
        }
        if (!was.priorities().equals(context.priorities())) {
            parts.add(HomeBaseContextChanged.Part.PRIORITIES);
        }
        if (!was.budget().equals(context.budget())) {
            parts.add(HomeBaseContextChanged.Part.BUDGET);
        }
        return parts;
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
