package org.baton.missions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.baton.homebases.HomeBaseId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;

/**
 * A temporary team formed to reach one outcome. Guards its lifecycle: proposed, staffing, active, then
 * completed (only with lessons) or abandoned (also with lessons: a failed mission teaches too), then
 * celebrated. Check-ins are recorded only while the mission is active.
 */
public final class Mission {

    private final MissionId id;
    private final OrganizationId organizationId;
    private String title;
    private HomeBaseId homeBaseId;
    private PersonId leaderId;
    private List<PersonId> memberIds;
    private Outcome outcome;
    private List<String> successCriteria;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private List<String> constraints;
    private List<String> authority;
    private MissionStatus status;
    private final List<CheckIn> checkIns;
    private final List<String> lessons;
    private final long version;
    private final Instant proposedAt;
    private final List<Object> events = new ArrayList<>();

    Mission(
            MissionId id,
            OrganizationId organizationId,
            String title,
            HomeBaseId homeBaseId,
            PersonId leaderId,
            List<PersonId> memberIds,
            Outcome outcome,
            List<String> successCriteria,
            LocalDate startsOn,
            LocalDate endsOn,
            List<String> constraints,
            List<String> authority,
            MissionStatus status,
            List<CheckIn> checkIns,
            List<String> lessons,
            long version,
            Instant proposedAt) {
        this.id = id;
        this.organizationId = organizationId;
        this.title = title;
        this.homeBaseId = homeBaseId;
        this.leaderId = leaderId;
        this.memberIds = memberIds;
        this.outcome = outcome;
        this.successCriteria = successCriteria;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.constraints = constraints;
        this.authority = authority;
        this.status = status;
        this.checkIns = new ArrayList<>(checkIns);
        this.lessons = new ArrayList<>(lessons);
        this.version = version;
        this.proposedAt = proposedAt;
    }

    static Mission propose(OrganizationId organizationId, MissionDetails details, Instant now) {
        var mission = new Mission(
                MissionId.random(),
                organizationId,
                null,
                null,
                null,
                List.of(),
                null,
                List.of(),
                null,
                null,
                List.of(),
                List.of(),
                MissionStatus.PROPOSED,
                List.of(),
                List.of(),
                0,
                now);
        mission.describe(details);
        mission.events.add(new MissionProposed(organizationId, mission.id, mission.title, mission.homeBaseId));
        return mission;
    }

    void describe(MissionDetails details) {
        if (status.ended()) {
            throw new RuleViolation(null, "mission.ended", "This mission has ended; its context is kept as it was.");
        }
        if (details.title() == null || details.title().isBlank()) {
            throw new RuleViolation("title", "mission.title.required", "A mission needs a title.");
        }
        if (details.title().strip().length() > 160) {
            throw new RuleViolation("title", "mission.title.long", "A mission title may have at most 160 characters.");
        }
        if (details.outcome() == null) {
            throw new RuleViolation("outcome", "mission.outcome.required", "A mission needs an outcome with a metric.");
        }
        if (details.startsOn() != null
                && details.endsOn() != null
                && details.endsOn().isBefore(details.startsOn())) {
            throw new RuleViolation("endsOn", "mission.timebox.order", "The mission cannot end before it starts.");
        }
        if (status == MissionStatus.ACTIVE && details.leaderId() == null) {
            throw new RuleViolation("leaderId", "mission.leader.required", "An active mission needs a leader.");
        }
        this.title = details.title().strip();
        this.homeBaseId = details.homeBaseId();
        this.leaderId = details.leaderId();
        this.memberIds = details.memberIds();
        this.outcome = details.outcome();
        this.successCriteria = details.successCriteria();
        this.startsOn = details.startsOn();
        this.endsOn = details.endsOn();
        this.constraints = details.constraints();
        if (!details.authority().equals(this.authority)) {
            this.authority = details.authority();
            events.add(new MissionAuthorityChanged(organizationId, id, authority));
        }
    }

    void startStaffing() {
        move(MissionStatus.PROPOSED, MissionStatus.STAFFING);
    }

    void activate() {
        if (status == MissionStatus.STAFFING && leaderId == null) {
            throw new RuleViolation(
                    "leaderId", "mission.activate.leader", "A mission needs a leader before it can become active.");
        }
        move(MissionStatus.STAFFING, MissionStatus.ACTIVE);
    }

    void complete(List<String> lessons) {
        var learned = MissionDetails.lines(lessons);
        if (status == MissionStatus.ACTIVE && learned.isEmpty()) {
            throw new RuleViolation(
                    "lessons",
                    "mission.complete.lessons",
                    "Capture at least one lesson before completing: it goes into the home base's memory.");
        }
        move(MissionStatus.ACTIVE, MissionStatus.COMPLETED);
        this.lessons.addAll(learned);
    }

    void abandon(List<String> lessons) {
        if (status.ended()) {
            throw transitionRefused(MissionStatus.ABANDONED);
        }
        var learned = MissionDetails.lines(lessons);
        if (learned.isEmpty()) {
            throw new RuleViolation(
                    "lessons",
                    "mission.abandon.lessons",
                    "Say what was learned before abandoning: an abandoned mission teaches its home base too.");
        }
        var from = status;
        status = MissionStatus.ABANDONED;
        this.lessons.addAll(learned);
        events.add(new MissionMoved(organizationId, id, title, from, status));
    }

    void celebrate() {
        move(MissionStatus.COMPLETED, MissionStatus.CELEBRATED);
    }

    CheckIn recordCheckIn(BigDecimal value, int confidence, String note, PersonId by, Instant at) {
        if (status != MissionStatus.ACTIVE) {
            throw new RuleViolation(
                    null, "mission.checkIn.notActive", "Check-ins are recorded while a mission is active.");
        }
        if (value == null) {
            throw new RuleViolation("value", "mission.checkIn.value.required", "Give the metric's current value.");
        }
        if (confidence < 0 || confidence > 100) {
            throw new RuleViolation(
                    "confidence", "mission.checkIn.confidence.range", "Confidence is a percentage from 0 to 100.");
        }
        var checkIn = new CheckIn(UUID.randomUUID(), value, confidence, note == null ? "" : note.strip(), by, at);
        checkIns.add(checkIn);
        events.add(new CheckInRecorded(organizationId, id, title, value, outcome.unit(), confidence));
        return checkIn;
    }

    private void move(MissionStatus from, MissionStatus to) {
        if (status != from) {
            throw transitionRefused(to);
        }
        status = to;
        events.add(new MissionMoved(organizationId, id, title, from, to));
    }

    private RuleViolation transitionRefused(MissionStatus to) {
        return new RuleViolation(
                "status",
                "mission.transition",
                "A " + status.name().toLowerCase() + " mission cannot become "
                        + to.name().toLowerCase() + ".",
                status,
                to);
    }

    /** The events caused since this mission was loaded, handed over once for publishing. */
    List<Object> releaseEvents() {
        var released = List.copyOf(events);
        events.clear();
        return released;
    }

    /** Puts the members in the given order (people by name); members the order leaves out stay out. */
    void orderMembers(List<PersonId> order) {
        var members = java.util.Set.copyOf(memberIds);
        this.memberIds = order.stream().filter(members::contains).toList();
    }

    /** The latest check-in, if any. */
    public Optional<CheckIn> latestCheckIn() {
        return checkIns.isEmpty() ? Optional.empty() : Optional.of(checkIns.getLast());
    }

    /** Progress from baseline toward target as of the latest check-in (0 before any). */
    public double progress() {
        return latestCheckIn().map(c -> outcome.progress(c.value())).orElse(0.0);
    }

    public MissionId id() {
        return id;
    }

    public OrganizationId organizationId() {
        return organizationId;
    }

    public String title() {
        return title;
    }

    public HomeBaseId homeBaseId() {
        return homeBaseId;
    }

    public PersonId leaderId() {
        return leaderId;
    }

    public List<PersonId> memberIds() {
        return memberIds;
    }

    public Outcome outcome() {
        return outcome;
    }

    public List<String> successCriteria() {
        return successCriteria;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public List<String> constraints() {
        return constraints;
    }

    public List<String> authority() {
        return authority;
    }

    public MissionStatus status() {
        return status;
    }

    public List<CheckIn> checkIns() {
        return List.copyOf(checkIns);
    }

    public List<String> lessons() {
        return List.copyOf(lessons);
    }

    public long version() {
        return version;
    }

    public Instant proposedAt() {
        return proposedAt;
    }
}
