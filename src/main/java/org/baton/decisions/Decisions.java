package org.baton.decisions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.shared.Page;
import org.baton.shared.PageRequest;
import org.baton.teams.Scope;
import org.baton.teams.Teams;
import org.baton.teams.Viewer;
import org.baton.zones.AreaId;
import org.baton.zones.Route;
import org.baton.zones.Zones;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Raising decisions and carrying them through their method to a recorded choice and, later, its result. */
@Service
public class Decisions {

    private final DecisionRepository repository;
    private final Teams teams;
    private final People people;
    private final Zones zones;
    private final PrincipleCatalogue principles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Decisions(
            DecisionRepository repository,
            Teams teams,
            People people,
            Zones zones,
            PrincipleCatalogue principles,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.teams = teams;
        this.people = people;
        this.zones = zones;
        this.principles = principles;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Decision raise(OrganizationId org, PersonId proposer, DecisionDraft draft) {
        teams.requireExists(org, draft.scope());
        people.requireMembers(org, draft.participantIds(), "participantIds");
        people.requireMembers(org, draft.impactedIds(), "impactedIds");
        if (draft.correctsId() != null) {
            get(org, draft.correctsId(), proposer); // one they may not see cannot be corrected by them
        }
        var route = draft.areaId() == null ? null : route(org, draft.areaId(), proposer, draft.scope());
        var team = teams.peopleOf(org, draft.scope());
        var decision = Decision.raise(org, draft, proposer, route, team, now());
        repository.insert(decision);
        publish(decision);
        return decision;
    }

    @Transactional
    public Decision requestAdvice(OrganizationId org, DecisionId id, PersonId by, List<PersonId> from) {
        return change(org, id, by, d -> {
            people.requireMembers(org, from, "personIds");
            d.requestAdvice(by, from, now());
        });
    }

    @Transactional
    public Decision giveAdvice(OrganizationId org, DecisionId id, PersonId by, String advice) {
        return change(org, id, by, d -> d.giveAdvice(by, advice, now()));
    }

    @Transactional
    public Decision react(OrganizationId org, DecisionId id, PersonId by, Reaction.Kind kind, String comment) {
        return change(org, id, by, d -> d.react(by, kind, comment, now()));
    }

    @Transactional
    public Objection raiseObjection(OrganizationId org, DecisionId id, PersonId by, String harm, List<UUID> cites) {
        var decision = get(org, id, by);
        var cited = requireActivePrinciples(org, cites);
        var objection = decision.raiseObjection(by, harm, cited, now());
        save(decision);
        return objection;
    }

    @Transactional
    public Decision withdrawObjection(OrganizationId org, DecisionId id, UUID objectionId, PersonId by) {
        return change(org, id, by, d -> d.withdrawObjection(objectionId, by, now()));
    }

    /** The objector accepts the integration the proposer offered by amending the proposal. */
    @Transactional
    public Decision acceptIntegration(OrganizationId org, DecisionId id, UUID objectionId, PersonId by) {
        return change(org, id, by, d -> d.acceptIntegration(objectionId, by, now()));
    }

    /** Amends the proposal, naming the open objections the amendment answers (none: every earlier one). */
    @Transactional
    public Decision amend(OrganizationId org, DecisionId id, PersonId by, String proposal, List<UUID> answering) {
        return change(org, id, by, d -> d.amend(by, proposal, answering, now()));
    }

    /** One of the people a CONSULT_IMPACTED decision consults gives their answer. */
    @Transactional
    public Decision answerConsultation(OrganizationId org, DecisionId id, PersonId by, String answer) {
        return change(org, id, by, d -> d.answerConsultation(by, answer, now()));
    }

    @Transactional
    public Contest contest(OrganizationId org, DecisionId id, PersonId by, String reason) {
        var decision = get(org, id, by);
        var contest = decision.contest(by, reason, now());
        save(decision);
        return contest;
    }

    @Transactional
    public Decision answerContest(OrganizationId org, DecisionId id, UUID contestId, PersonId by, String answer) {
        return change(org, id, by, d -> d.answerContest(contestId, by, answer, now()));
    }

    @Transactional
    public Decision decide(OrganizationId org, DecisionId id, PersonId by, Choice choice) {
        return change(org, id, by, d -> {
            var cited = requireActivePrinciples(org, choice.principleIds());
            d.decide(
                    by,
                    new Choice(choice.choice(), choice.rationale(), cited, choice.expectedResult(), choice.reviewOn()),
                    now());
        });
    }

    /** The active principles most likely relevant to a decision, e.g. next to a {@code PRINCIPLE_UNCITED} flag. */
    @Transactional(readOnly = true)
    public List<PrincipleCatalogue.PrincipleHint> likelyPrinciples(OrganizationId org, DecisionRecord decision) {
        return principles.likelyRelevant(org, decision.title() + " " + decision.context(), 3);
    }

    /** Refuses citations of anything but the organization's active principles. */
    @Transactional(readOnly = true)
    public List<UUID> requireActivePrinciples(OrganizationId org, List<UUID> cites) {
        var cited = cites == null ? List.<UUID>of() : cites.stream().distinct().toList();
        var active = principles.active(org, cited);
        var unknown = cited.stream().filter(c -> !active.contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw new org.baton.shared.RuleViolation(
                    "principleIds",
                    "decision.principle.inactive",
                    "These are not active principles of the organization: " + unknown,
                    unknown.toString());
        }
        return cited;
    }

    /** The route a decision in this area takes, for this person in this scope. */
    @Transactional(readOnly = true)
    public Route route(OrganizationId org, AreaId area, PersonId person, Scope scope) {
        zones.require(org, area, "areaId");
        return zones.route(org, area, person, scope.homeBaseId(), scope.missionId());
    }

    @Transactional
    public Decision recordResult(OrganizationId org, DecisionId id, PersonId by, String result) {
        return change(org, id, by, d -> d.recordResult(by, result, now()));
    }

    /** Moves every consent round past its deadline with objections still open to the advice process. */
    @Transactional
    public int fallBackOverdueConsentRounds() {
        int fellBack = 0;
        for (var key : repository.consentRoundsPast(now())) {
            var decision = get(key.organizationId(), key.decisionId());
            if (decision.fallBackIfDue(topicLeader(key.organizationId(), decision), now())) {
                try {
                    repository.update(decision);
                } catch (OptimisticLockingFailureException changedMeanwhile) {
                    // Another instance, or a last-minute withdrawal, got there first; the next sweep looks again.
                    continue;
                }
                publish(decision);
                fellBack++;
            }
        }
        return fellBack;
    }

    /** The topic's leader: the faculty lead whose domain holds the decision's area, else the team's leader. */
    private PersonId topicLeader(OrganizationId org, Decision decision) {
        var facultyLead =
                decision.areaId() == null ? Optional.<PersonId>empty() : zones.topicLeader(org, decision.areaId());
        return facultyLead.or(() -> teams.leaderOf(org, decision.scope())).orElse(null);
    }

    /** Tells deciders whose decisions are due for review; each decision once. */
    @Transactional
    public int remindDueReviews() {
        var due = repository.claimDueReviews(LocalDate.ofInstant(now(), ZoneOffset.UTC));
        for (var key : due) {
            var decision = get(key.organizationId(), key.decisionId());
            decision.remindOfReview(now());
            publish(decision);
        }
        return due.size();
    }

    @Transactional(readOnly = true)
    public Optional<Decision> find(OrganizationId org, DecisionId id) {
        return repository.find(org, id);
    }

    public Decision get(OrganizationId org, DecisionId id) {
        return find(org, id).orElseThrow(() -> new NotFound("decision", id));
    }

    /** The decision if {@code viewer} may see it; one they may not see is, to them, one that does not exist. */
    @Transactional(readOnly = true)
    public Optional<Decision> find(OrganizationId org, DecisionId id, PersonId viewer) {
        return find(org, id).filter(d -> teams.maySee(org, d.audience(), viewer));
    }

    public Decision get(OrganizationId org, DecisionId id, PersonId viewer) {
        return find(org, id, viewer).orElseThrow(() -> new NotFound("decision", id));
    }

    /** Those of {@code people} who may see the decision (none when it does not exist). */
    @Transactional(readOnly = true)
    public List<PersonId> allowedToSee(OrganizationId org, DecisionId id, List<PersonId> people) {
        return find(org, id).map(d -> teams.among(org, d.audience(), people)).orElse(List.of());
    }

    /** The decisions open to the whole organization, e.g. to offer as what prompted an organization-wide change. */
    @Transactional(readOnly = true)
    public Page<Decision> listOpenToAll(OrganizationId org, DecisionFilter filter, PageRequest page) {
        return list(org, Viewer.ANYONE, filter, page);
    }

    /** The ids of the decisions {@code viewer} may not see, for leaving them out of what else is shown to them. */
    @Transactional(readOnly = true)
    public List<UUID> hiddenFrom(OrganizationId org, PersonId viewer) {
        return repository.hiddenFrom(org, teams.viewer(org, viewer));
    }

    /** The decisions {@code viewer} may see, narrowed by the filter, newest first; the count is of those only. */
    @Transactional(readOnly = true)
    public Page<Decision> list(OrganizationId org, PersonId viewer, DecisionFilter filter, PageRequest page) {
        return list(org, teams.viewer(org, viewer), filter, page);
    }

    private Page<Decision> list(OrganizationId org, Viewer sight, DecisionFilter filter, PageRequest page) {
        return new Page<>(
                repository.page(org, sight, filter, page),
                page.page(),
                page.size(),
                repository.count(org, sight, filter));
    }

    /**
     * Loads the decision once, takes {@code by}'s step, saves what changed and publishes what happened.
     */
    private Decision change(OrganizationId org, DecisionId id, PersonId by, Consumer<Decision> step) {
        var decision = get(org, id, by); // one they may not see is, to them, one that does not exist
        step.accept(decision);
        save(decision);
        return decision;
    }

    private void save(Decision decision) {
        repository.update(decision);
        publish(decision);
    }

    private void publish(Decision decision) {
        decision.events().release().forEach(events::publishEvent);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
