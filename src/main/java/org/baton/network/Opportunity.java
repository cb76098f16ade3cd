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
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The big opportunity statement (DOMAIN.md §11): anyone proposes a new version, raised as a consent decision
 * among the leadership team ({@link OpportunityConsent}); when that decision passes by consent the version is
 * adopted with the text consented to and becomes the current statement. Who read the current statement is counted
 * once per person and version.
 */
@Service
public class Opportunity {

    private final OpportunityVersionRepository versions;
    private final LeadershipTeam team;
    private final Decisions decisions;
    private final People people;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    Opportunity(
            OpportunityVersionRepository versions,
            LeadershipTeam team,
            Decisions decisions,
            People people,
            ApplicationEventPublisher events,
            MessageSource messages,
            Clock clock) {
        this.versions = versions;
        this.team = team;
        this.decisions = decisions;
        this.people = people;
        this.events = events;
        this.messages = messages;
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
        String title = text("network.decision.opportunity.title", number);
        String context = version.rationale().isEmpty()
                ? text("network.decision.opportunity.context", number)
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

    /**
     * Settles the version whose consent decision was just made, if that decision was raised for one: adopted with
     * the proposal the team consented to when it passed by consent and no later version is current already;
     * declined otherwise ({@link OpportunityVersion#decided}).
     */
    @ApplicationModuleListener
    void on(DecisionMade event) {
        var org = event.organizationId();
        versions.proposedUnder(org, event.decisionId()).ifPresent(version -> {
            var consented = decisions
                    .get(org, event.decisionId())
                    .contributions()
                    .currentProposal()
                    .text();
            int highestAdopted =
                    versions.current(org).map(OpportunityVersion::number).orElse(0);
            version.decided(event.byConsent(), consented, highestAdopted, event.decider(), event.at());
            versions.saveDecided(version);
            version.releaseEvents().forEach(events::publishEvent);
        });
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
