package org.baton.network;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.baton.decisions.DecisionDraft;
import org.baton.decisions.DecisionMade;
import org.baton.decisions.Decisions;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.shared.PageRequest;
import org.baton.shared.StateConflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The big opportunity statement (DOMAIN.md §11): anyone proposes a new version, raised as a consent decision
 * among the leadership team ({@link OpportunityConsent}); when that decision is made the version is adopted and
 * becomes the current statement. Who read the current statement is counted once per person and version.
 */
@Service
public class Opportunity {

    private final OpportunityVersionRepository versions;
    private final LeadershipTeam team;
    private final Decisions decisions;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Opportunity(
            OpportunityVersionRepository versions,
            LeadershipTeam team,
            Decisions decisions,
            People people,
            ApplicationEventPublisher events,
            Clock clock) {
        this.versions = versions;
        this.team = team;
        this.decisions = decisions;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** Whether a new version may be proposed now: once the organization has a leadership team. */
    @Transactional(readOnly = true)
    public boolean mayPropose(OrganizationId org) {
        return OpportunityConsent.mayPropose(team.members(org));
    }

    /** Proposes a new version of the statement to the leadership team's consent. */
    @Transactional
    public OpportunityVersion propose(OrganizationId org, PersonId by, String text, String rationale) {
        int number = versions.nextNumber(org);
        var version = OpportunityVersion.propose(org, number, text, rationale, by, now());
        var participants = OpportunityConsent.participants(team.members(org), by);
        String title = "Adopt version " + number + " of the big opportunity statement";
        String context = version.rationale().isEmpty()
                ? "A new version of the big opportunity statement, for the leadership team's consent."
                : version.rationale();
        var decision = decisions.raise(
                org, by, DecisionDraft.organizationChange(title, context, version.text(), participants));
        version.putToConsent(decision.id());
        try {
            versions.insert(version);
        } catch (DuplicateKeyException e) {
            throw new StateConflict(
                    "network.opportunity.concurrent",
                    "Someone proposed another version at the same moment; propose yours again.");
        }
        version.releaseEvents().forEach(events::publishEvent);
        return version;
    }

    /** Every version, newest first. */
    @Transactional(readOnly = true)
    public List<OpportunityVersion> versions(OrganizationId org) {
        return versions.all(org);
    }

    /** The current statement, if one was adopted; reading it this way does not count as a read. */
    @Transactional(readOnly = true)
    public Optional<OpportunityVersion> current(OrganizationId org) {
        return versions.current(org);
    }

    /** The current statement as {@code reader} opens it to read: counted as their read, once per version. */
    @Transactional
    public OpportunityVersion read(OrganizationId org, PersonId reader) {
        var current = versions.current(org).orElseThrow(() -> new NotFound("opportunity statement", org.value()));
        versions.read(org, current.id(), reader, now());
        return current;
    }

    /** How many people read the version, and the share of the organization's people that is. */
    @Transactional(readOnly = true)
    public OpportunityReach reach(OrganizationId org, UUID versionId) {
        return new OpportunityReach(
                versions.reads(org, versionId),
                people.list(org, null, new PageRequest(0, 1)).totalItems());
    }

    /** Adopts the version whose consent decision was just made, if that decision was raised for one. */
    @ApplicationModuleListener
    void on(DecisionMade event) {
        versions.proposedUnder(event.organizationId(), event.decisionId()).ifPresent(version -> {
            version.adopt(event.decider(), event.at());
            versions.saveStatus(version);
            version.releaseEvents().forEach(events::publishEvent);
        });
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
