package org.baton.network;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.shared.Page;
import org.baton.shared.PageRequest;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.baton.shared.TextLimits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The urgency group (DOMAIN.md §11): volunteers who opt in to spread the big opportunity statement, log the
 * conversations through which they spread it, and see how far it reached. Membership is kept as stretches, so that
 * leaving and joining again leaves the earlier stretch in the record and reach over time stays true.
 */
@Service
public class UrgencyGroup {

    /** The most people one logged conversation may name. */
    public static final int MAX_WITH = 50;

    /** How many of the latest conversations the group shows. */
    public static final int LATEST_CONVERSATIONS = 20;

    private final UrgencyGroupRepository repository;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UrgencyGroup(UrgencyGroupRepository repository, People people, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opts {@code person} in. Joining while already in changes nothing and answers the current stretch (with
     * {@code joinedNow} false), so a button pressed twice or a retried request does no harm.
     */
    @Transactional
    public UrgencyMembership join(OrganizationId org, PersonId person) {
        people.requireMembers(org, List.of(person), "personId");
        var now = now();
        if (repository.startStretch(org, person, now)) {
            events.publishEvent(new UrgencyGroupJoined(org, now, person));
            return new UrgencyMembership(person, now, true);
        }
        return new UrgencyMembership(person, repository.joinedAt(org, person).orElse(now), false);
    }

    /** Opts {@code person} out; a conflict (409) when they are not in the group. */
    @Transactional
    public void leave(OrganizationId org, PersonId person) {
        var now = now();
        if (!repository.endStretch(org, person, now)) {
            throw new StateConflict("network.urgency.notMember", "You are not in the urgency group.");
        }
        events.publishEvent(new UrgencyGroupLeft(org, now, person));
    }

    @Transactional(readOnly = true)
    public boolean isMember(OrganizationId org, PersonId person) {
        return person != null && repository.joinedAt(org, person).isPresent();
    }

    /** What {@code viewer} may do with the group now: the same predicate the page and the API apply. */
    @Transactional(readOnly = true)
    public Set<UrgencyStep> stepsOpenTo(OrganizationId org, PersonId viewer) {
        return UrgencyGroupPolicy.stepsOpenTo(isMember(org, viewer));
    }

    /** Its members now, by name. */
    @Transactional(readOnly = true)
    public List<UrgencyMember> members(OrganizationId org) {
        return repository.members(org);
    }

    /** One page of its members now, by name, and how many there are in all. */
    @Transactional(readOnly = true)
    public Page<UrgencyMember> members(OrganizationId org, PageRequest page) {
        return new Page<>(repository.members(org, page), page.page(), page.size(), repository.memberCount(org));
    }

    @Transactional(readOnly = true)
    public int memberCount(OrganizationId org) {
        return repository.memberCount(org);
    }

    /**
     * A member logs a conversation through which they spread the statement: with 1 to {@value #MAX_WITH} other people
     * of the organization, and a note of at most {@value TextLimits#LINE} characters. Refused (403) for anyone not in
     * the group.
     */
    @Transactional
    public UrgencyConversation logConversation(
            OrganizationId org, PersonId by, List<PersonId> withPersonIds, String note) {
        UrgencyGroupPolicy.requireMayLogConversation(isMember(org, by));
        var with = requireWith(by, withPersonIds);
        people.requireMembers(org, with, "withPersonIds");
        TextLimits.require("note", note, TextLimits.LINE);
        var conversation =
                new UrgencyConversation(UUID.randomUUID(), by, now(), with, note == null ? "" : note.strip());
        repository.insert(org, conversation);
        events.publishEvent(new UrgencyConversationLogged(
                org, conversation.heldAt(), by, conversation.id(), conversation.withPersonIds()));
        return conversation;
    }

    /** The latest {@value #LATEST_CONVERSATIONS} conversations, newest first. */
    @Transactional(readOnly = true)
    public List<UrgencyConversation> latestConversations(OrganizationId org) {
        return repository.latestConversations(org, LATEST_CONVERSATIONS);
    }

    /** How far the group reached, now and week by week. */
    @Transactional(readOnly = true)
    public UrgencyReach reach(OrganizationId org) {
        return UrgencyReachTally.of(repository.reachable(org), Instant.now(clock));
    }

    /** The people a conversation was with: named once each, 1 to {@value #MAX_WITH}, and not the one logging it. */
    static List<PersonId> requireWith(PersonId by, List<PersonId> withPersonIds) {
        if (withPersonIds == null || withPersonIds.isEmpty()) {
            throw new RuleViolation(
                    "withPersonIds", "network.urgency.withNobody", "Name the people you talked with.", MAX_WITH);
        }
        var unique = new LinkedHashSet<PersonId>();
        for (var person : withPersonIds) {
            if (person == null) {
                throw new RuleViolation(
                        "withPersonIds", "network.urgency.withNobody", "Name the people you talked with.", MAX_WITH);
            }
            if (person.equals(by)) {
                throw new RuleViolation(
                        "withPersonIds", "network.urgency.withSelf", "Name the others you talked with, not yourself.");
            }
            unique.add(person);
        }
        if (unique.size() > MAX_WITH) {
            throw new RuleViolation(
                    "withPersonIds",
                    "network.urgency.withTooMany",
                    "One conversation names at most " + MAX_WITH + " people.",
                    MAX_WITH);
        }
        return new ArrayList<>(unique);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
