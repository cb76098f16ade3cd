package org.baton.network;

import static org.baton.network.CoalitionCallStatus.ADOPTING;
import static org.baton.network.CoalitionCallStatus.CLOSED;
import static org.baton.network.CoalitionCallStatus.FORMED;
import static org.baton.network.CoalitionCallStatus.OPEN;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.shared.RecordedEvents;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;

/**
 * A call for the guiding coalition: seats, a closing date and criteria. Anyone applies once while it is open; its
 * panel rates the applications, and once it is closed (by the panel, or by its closing date passing) asks Baton
 * for a selection, adjusts it and puts it to the panel's consent; when that decision is made the coalition is
 * formed. It guards each step's state and asks {@link CoalitionRules} who may take it.
 */
public final class CoalitionCall {

    public static final int MAX_SEATS = 200;
    public static final int MAX_PANEL = 20;

    private final OrganizationId organizationId;
    private final UUID id;
    private final CoalitionCallTerms terms;
    private final PersonId openedBy;
    private final Instant openedAt;
    private final List<PersonId> panelIds;
    private final List<CoalitionApplication> applications;
    private int applicationsCount;
    private CoalitionCallStatus status;
    private Instant closedAt;
    private CoalitionSelection selection;
    private Instant selectedAt;
    private DecisionId decisionId;
    private long version;
    private final RecordedEvents<NetworkEvent> events = new RecordedEvents<>();

    CoalitionCall(
            OrganizationId organizationId,
            UUID id,
            CoalitionCallTerms terms,
            PersonId openedBy,
            Instant openedAt,
            List<PersonId> panelIds,
            List<CoalitionApplication> applications,
            CoalitionCallStatus status,
            Instant closedAt,
            CoalitionSelection selection,
            Instant selectedAt,
            DecisionId decisionId,
            long version) {
        this.organizationId = Objects.requireNonNull(organizationId, "organizationId");
        this.id = Objects.requireNonNull(id, "id");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.panelIds = List.copyOf(panelIds);
        this.applications = new ArrayList<>(applications);
        this.applicationsCount = applications.size();
        this.status = status;
        this.closedAt = closedAt;
        this.selection = selection;
        this.selectedAt = selectedAt;
        this.decisionId = decisionId;
        this.version = version;
    }

    /** A call opened with {@code panel} (see {@link CoalitionRules#panelOf}); who may is asked before. */
    static CoalitionCall open(
            OrganizationId org, PersonId by, CoalitionCallTerms terms, List<PersonId> panel, Instant now) {
        if (!terms.closesOn().isAfter(CoalitionCallTerms.today(now))) {
            throw new RuleViolation(
                    "closesOn", "network.coalition.closesOn.future", "A call closes on a date after today.");
        }
        var uniquePanel = CoalitionRules.panelOf(panel);
        var call = new CoalitionCall(
                org, UUID.randomUUID(), terms, by, now, uniquePanel, List.of(), OPEN, null, null, null, null, 0);
        call.events.record(new CoalitionCallOpened(org, now, by, call.id, terms.seats(), terms.closesOn()));
        return call;
    }

    /** Someone applies, once, while the call is open. */
    CoalitionApplication apply(PersonId by, CoalitionApplicationText text, Instant now) {
        if (!isOpen(now)) {
            throw new StateConflict("network.coalition.call.notOpen", "This call is no longer open.");
        }
        if (applicationOf(by).isPresent()) {
            throw new StateConflict("network.coalition.application.twice", "You have already applied to this call.");
        }
        var application = new CoalitionApplication(
                UUID.randomUUID(), by, text.motivation(), text.energy(), text.initiativeInterest(), now, List.of());
        applications.add(application);
        applicationsCount++;
        return application;
    }

    /** A panel member rates an application (again, to change it) until a selection, which weighs them, is kept. */
    CoalitionApplication rate(PersonId by, UUID applicationId, int attitude, int energy, Instant now) {
        var application = application(applicationId);
        CoalitionRules.requireMayRate(this, by, application);
        var rating = new CoalitionRating(by, attitude, energy, now);
        if (status == ADOPTING || status == FORMED) {
            throw new StateConflict("network.coalition.call.adopted", "A selection of this call was adopted already.");
        }
        if (selection != null) {
            throw new StateConflict(
                    "network.coalition.call.selected", "A selection was proposed: ratings no longer change.");
        }
        var rated = application.withRating(rating);
        applications.set(applications.indexOf(application), rated);
        return rated;
    }

    /** A panel member closes the call before its date. */
    void close(PersonId by, Instant now) {
        CoalitionRules.requireOnPanel(this, by);
        if (status != OPEN) {
            throw new StateConflict("network.coalition.call.notOpen", "This call is no longer open.");
        }
        closed(by, now);
    }

    /** Closes the call if its closing date has passed; whether it did. Baton does this, nobody needs to click. */
    boolean closeIfDue(Instant now) {
        if (status == OPEN && !isOpen(now)) {
            closed(null, now);
            return true;
        }
        return false;
    }

    /** Whether a panel member may ask for a selection now; refuses otherwise. */
    void requireMaySelect(PersonId by, Instant now) {
        CoalitionAdoption.requireMaySelect(this, by, now);
    }

    /** Keeps the proposal Baton made, so that what the panel adopts is what it saw. */
    void selected(PersonId by, SelectionProposal proposal, Instant now) {
        requireMaySelect(by, now);
        selection = new CoalitionSelection(proposal, List.of());
        selectedAt = now;
    }

    /** Whom a panel member would put to the panel's consent; see {@link CoalitionAdoption}. */
    List<PersonId> adoptable(PersonId by, List<PersonId> personIds, Instant now) {
        return CoalitionAdoption.adoptable(this, by, personIds, now);
    }

    /** The adopted selection waits for the panel's consent under {@code decision}. */
    void adopting(PersonId by, List<PersonId> chosen, DecisionId decision, Instant now) {
        var people = adoptable(by, chosen, now);
        selection = new CoalitionSelection(selection.proposal(), people);
        decisionId = decision;
        status = ADOPTING;
        events.record(new CoalitionSelectionProposed(organizationId, now, by, id, decision, people));
    }

    /** The panel consented: the people adopted sit on the coalition. */
    List<PersonId> formed(PersonId decider, Instant now) {
        if (status != ADOPTING) {
            throw new StateConflict("network.coalition.call.notAdopting", "No selection of this call awaits consent.");
        }
        status = FORMED;
        events.record(new CoalitionFormed(organizationId, now, decider, id, decisionId, selection.adopted()));
        return selection.adopted();
    }

    /** Consent was not reached: nobody joins; the call is closed again, its selection kept to adopt again. */
    void notFormed() {
        if (status != ADOPTING) {
            throw new StateConflict("network.coalition.call.notAdopting", "No selection of this call awaits consent.");
        }
        status = CLOSED;
        selection = new CoalitionSelection(selection.proposal(), List.of());
    }

    /** What this person may do with the call now: what the page offers and the API accepts. */
    public Set<CoalitionStep> stepsOpenTo(PersonId viewer, Instant now) {
        return CoalitionRules.stepsOpenTo(this, viewer, now);
    }

    /** Its status as of {@code now}: an open call whose closing date has passed reads as closed. */
    public CoalitionCallStatus status(Instant now) {
        return status == OPEN && !isOpen(now) ? CLOSED : status;
    }

    /** Open for applications: not closed, and its closing date (the whole day, UTC) has not passed. */
    public boolean isOpen(Instant now) {
        return status == OPEN && !terms.passed(now);
    }

    public Optional<CoalitionApplication> applicationOf(PersonId person) {
        return applications.stream().filter(a -> a.personId().equals(person)).findFirst();
    }

    public CoalitionApplication application(UUID applicationId) {
        var found =
                applications.stream().filter(a -> a.id().equals(applicationId)).findFirst();
        return found.orElseThrow(() -> new NotFound("coalition application", applicationId));
    }

    private void closed(PersonId by, Instant now) {
        status = CLOSED;
        closedAt = now;
        events.record(new CoalitionCallClosed(organizationId, now, by, id, applications.size()));
    }

    public OrganizationId organizationId() {
        return organizationId;
    }

    public UUID id() {
        return id;
    }

    public int seats() {
        return terms.seats();
    }

    public CoalitionCallTerms terms() {
        return terms;
    }

    public PersonId openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public List<PersonId> panelIds() {
        return panelIds;
    }

    public List<CoalitionApplication> applications() {
        return List.copyOf(applications);
    }

    /** How many applied: a listing reads only the viewer's own application, and this count. */
    public int applicationsCount() {
        return applicationsCount;
    }

    void counted(int count) {
        applicationsCount = count;
    }

    /** The status as stored; {@link #status(Instant)} is what it reads as now. */
    CoalitionCallStatus storedStatus() {
        return status;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    /** The selection Baton proposed, as the panel saw it, if one was asked for. */
    public Optional<SelectionProposal> selection() {
        return Optional.ofNullable(selection).map(CoalitionSelection::proposal);
    }

    /** Who was put to the panel's consent, once adopted. */
    public List<PersonId> adopted() {
        return selection == null ? List.of() : selection.adopted();
    }

    public Optional<Instant> selectedAt() {
        return Optional.ofNullable(selectedAt);
    }

    public Optional<DecisionId> decisionId() {
        return Optional.ofNullable(decisionId);
    }

    public long version() {
        return version;
    }

    void saved(long newVersion) {
        version = newVersion;
    }

    List<NetworkEvent> releaseEvents() {
        return events.release();
    }
}
