package org.baton.zones;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RecordedEvents;
import org.baton.shared.RuleViolation;

/** The organization's centre: a named group of people, informed or deciding when a zone calls for it. */
public final class Centre {

    /** No centre appointed yet. */
    public static final Centre NONE = new Centre("", List.of());

    private final String name;
    private final List<PersonId> memberIds;
    private final RecordedEvents<ZoneEvent> events = new RecordedEvents<>();

    public Centre(String name, List<PersonId> memberIds) {
        this.name = name;
        this.memberIds = List.copyOf(memberIds);
    }

    /** Appoints the centre: it needs a name; each member counts once. */
    static Centre appoint(OrganizationId org, String name, List<PersonId> members, Actor actor, Instant now) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "centre.name.required", "Name the centre, e.g. 'Leadership team'.");
        }
        var centre = new Centre(
                name.strip(),
                members == null ? List.of() : members.stream().distinct().toList());
        centre.events.record(new CentreAppointed(
                org, now, actor.id(), actor.name(), centre.name, centre.memberIds, actor.decisionId()));
        return centre;
    }

    RecordedEvents<ZoneEvent> events() {
        return events;
    }

    public String name() {
        return name;
    }

    public List<PersonId> memberIds() {
        return memberIds;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Centre other && name.equals(other.name) && memberIds.equals(other.memberIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, memberIds);
    }

    @Override
    public String toString() {
        return "Centre[" + name + ", " + memberIds + "]";
    }
}
