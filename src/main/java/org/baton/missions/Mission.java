package org.baton.missions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.baton.homebases.HomeBaseId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.RecordedEvents;
import org.baton.shared.RuleViolation;

/**
 * A temporary team formed to reach one outcome. Guards its lifecycle: proposed, staffing, active, then
 * completed (only with lessons) or abandoned (also with lessons: a failed mission teaches too), then
 * celebrated. Check-ins are recorded only while the mission is active. Which steps are open to whom is one rule
 * ({@link #stepsOpenTo}): where the mission stands ({@link MissionStanding}) and who holds it
 * ({@link MissionAuthority}); each step's guard applies it. Records each change as an event.
 */
public final class Mission {

    private final MissionId id;
    private final OrganizationId organizationId;
    private final MissionKind kind;
    private MissionDetails details;
    private MissionStatus status;
    private final List<CheckIn> checkIns;
    private final List<String> lessons;
    private final long version;
    private final Instant proposedAt;
    private PersonId homeBaseLeaderId;
    private final RecordedEvents<MissionEvent> events = new RecordedEvents<>();

    Mission(
            MissionId id,
            OrganizationId organizationId,
            MissionKind kind,
            MissionDetails details,
            MissionStatus status,
            List<CheckIn> checkIns,
            List<String> lessons,
            long version,
            Instant proposedAt) {
        this.id = id;
        this.organizationId = organizationId;
        this.kind = kind;
        this.details = details;
        this.status = status;
        this.checkIns = new ArrayList<>(checkIns);
        this.lessons = new ArrayList<>(lessons);
        this.version = version;
        this.proposedAt = proposedAt;
    }

    /** Proposes a mission of {@code kind}; a 90-day win starts on its start date or today and ends on day 90. */
    static Mission propose(
            OrganizationId organizationId, MissionKind kind, MissionDetails proposed, PersonId by, Instant now) {
        proposed.requireComplete();
        var details = kind.timeboxed(proposed, now.atOffset(ZoneOffset.UTC).toLocalDate());
        var mission = new Mission(
                MissionId.random(),
                organizationId,
                kind,
                details,
                MissionStatus.PROPOSED,
                List.of(),
                List.of(),
                0,
                now);
        mission.events.record(MissionProposed.of(organizationId, mission.id, now, by, details));
        if (!details.authority().isEmpty()) {
            mission.events.record(new MissionAuthorityChanged(
                    organizationId, mission.id, now, by, details.title(), details.authority()));
        }
        return mission;
    }

    /** Changes the mission's context while it runs; each kind of change is recorded as its own fact. */
    void describe(MissionDetails changed, PersonId by, Instant now) {
        require(MissionStep.EDIT, by);
        changed.requireComplete();
        changed = kind.timeboxed(changed, details.startsOn());
        if (status == MissionStatus.ACTIVE && changed.leaderId() == null) {
            throw new RuleViolation("leaderId", "mission.leader.required", "An active mission needs a leader.");
        }
        var before = details;
        details = changed;
        MissionChanges.between(this, before, by, now).forEach(events::record);
    }

    void startStaffing(PersonId by, Instant now) {
        move(MissionStep.START_STAFFING, MissionStatus.STAFFING, by, now);
    }

    void activate(PersonId by, Instant now) {
        move(MissionStep.ACTIVATE, MissionStatus.ACTIVE, by, now);
    }

    void complete(List<String> lessons, PersonId by, Instant now) {
        require(MissionStep.COMPLETE, by);
        var learned = MissionDetails.lessons(lessons);
        if (learned.isEmpty()) {
            throw new RuleViolation(
                    "lessons",
                    "mission.complete.lessons",
                    "Capture at least one lesson before completing: it goes into the home base's memory.");
        }
        move(MissionStep.COMPLETE, MissionStatus.COMPLETED, by, now);
        capture(learned, by, now);
    }

    void abandon(List<String> lessons, PersonId by, Instant now) {
        require(MissionStep.ABANDON, by);
        var learned = MissionDetails.lessons(lessons);
        if (learned.isEmpty()) {
            throw new RuleViolation(
                    "lessons",
                    "mission.abandon.lessons",
                    "Say what was learned before abandoning: an abandoned mission teaches its home base too.");
        }
        move(MissionStep.ABANDON, MissionStatus.ABANDONED, by, now);
        capture(learned, by, now);
    }

    void celebrate(PersonId by, Instant now) {
        move(MissionStep.CELEBRATE, MissionStatus.CELEBRATED, by, now);
    }

    CheckIn recordCheckIn(BigDecimal value, int confidence, String note, PersonId by, Instant at) {
        require(MissionStep.CHECK_IN, by);
        var checkIn = CheckIn.record(value, confidence, note, by, at);
        checkIns.add(checkIn);
        events.record(new CheckInRecorded(
                organizationId, id, at, by, title(), value, outcome().unit(), confidence, checkIn.note()));
        return checkIn;
    }

    private void move(MissionStep step, MissionStatus to, PersonId by, Instant now) {
        require(step, by);
        var from = status;
        status = to;
        events.record(new MissionMoved(organizationId, id, now, by, title(), from, to, leaderId(), homeBaseId()));
    }

    private void capture(List<String> learned, PersonId by, Instant now) {
        lessons.addAll(learned);
        events.record(new MissionLessonsCaptured(organizationId, id, now, by, title(), status, learned));
    }

    /**
     * The steps open to {@code viewer} now: those where the mission stands allows, and its authority gives to
     * the viewer. Each step's guard refuses exactly what this leaves out.
     */
    public Set<MissionStep> stepsOpenTo(PersonId viewer) {
        var open = standing().stepsOpen();
        open.removeIf(step -> !heldBy().allows(step, viewer));
        return open;
    }

    /** Refuses (403) {@code person} a step that is not theirs to take, wherever the mission stands. */
    public void requireHeldBy(MissionStep step, PersonId person) {
        heldBy().require(step, person);
    }

    /** Refuses a step to someone who does not hold it (403) before a step the lifecycle does not allow (422). */
    private void require(MissionStep step, PersonId by) {
        heldBy().require(step, by);
        standing().require(step);
    }

    private MissionStanding standing() {
        return new MissionStanding(status, details.leaderId());
    }

    /** Who holds the mission: its steps are theirs (not {@link #authority()}, the decision areas it owns). */
    private MissionAuthority heldBy() {
        return new MissionAuthority(details.leaderId(), homeBaseLeaderId, details.memberIds());
    }

    /**
     * The leader of the home base the mission was spawned from, as it is now: the missions module learns it from
     * the home bases when it loads the mission, since its transitions are that leader's too.
     */
    void homeBaseLedBy(PersonId leader) {
        this.homeBaseLeaderId = leader;
    }

    List<MissionEvent> releaseEvents() {
        return events.release();
    }

    /** Puts the members in the given order (people by name); members the order leaves out stay out. */
    void orderMembers(List<PersonId> order) {
        var members = Set.copyOf(details.memberIds());
        details = details.withMembers(order.stream().filter(members::contains).toList());
    }

    /** The latest check-in, if any. */
    public Optional<CheckIn> latestCheckIn() {
        return checkIns.isEmpty() ? Optional.empty() : Optional.of(checkIns.getLast());
    }

    /** When its check-ins are due ({@link CheckInRhythm}), and a 90-day win's checkpoints. */
    public CheckInSchedule schedule() {
        return CheckInSchedule.of(this);
    }

    /** Progress from baseline toward target as of the latest check-in (0 before any). */
    public double progress() {
        return latestCheckIn().map(c -> outcome().progress(c.value())).orElse(0.0);
    }

    public MissionId id() {
        return id;
    }

    public OrganizationId organizationId() {
        return organizationId;
    }

    public MissionKind kind() {
        return kind;
    }

    /** The mission's context as it stands. */
    public MissionDetails details() {
        return details;
    }

    public String title() {
        return details.title();
    }

    public HomeBaseId homeBaseId() {
        return details.homeBaseId();
    }

    public PersonId leaderId() {
        return details.leaderId();
    }

    public List<PersonId> memberIds() {
        return details.memberIds();
    }

    /** What the mission needs from the people who staff it. */
    public MissionNeeds needs() {
        return details.needs();
    }

    public Outcome outcome() {
        return details.outcome();
    }

    public List<String> successCriteria() {
        return details.successCriteria();
    }

    public LocalDate startsOn() {
        return details.startsOn();
    }

    public LocalDate endsOn() {
        return details.endsOn();
    }

    public List<String> constraints() {
        return details.constraints();
    }

    public List<String> authority() {
        return details.authority();
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
