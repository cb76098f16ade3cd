package org.baton.intents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.baton.decisions.Consequence;
import org.baton.decisions.Decision;
import org.baton.decisions.DecisionDraft;
import org.baton.decisions.DecisionMethod;
import org.baton.decisions.Decisions;
import org.baton.decisions.Reversibility;
import org.baton.homebases.HomeBases;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.shared.Page;
import org.baton.shared.PageRequest;
import org.baton.teams.Scope;
import org.baton.teams.Teams;
import org.baton.zones.AreaId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Declaring intents, objecting to them, and letting them proceed when their window ends. */
@Service
public class Intents {

    private final IntentRepository repository;
    private final Teams teams;
    private final HomeBases homeBases;
    private final Decisions decisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Intents(
            IntentRepository repository,
            Teams teams,
            HomeBases homeBases,
            Decisions decisions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.teams = teams;
        this.homeBases = homeBases;
        this.decisions = decisions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Intent declare(
            OrganizationId org,
            PersonId author,
            String statement,
            String reason,
            Scope scope,
            AreaId area,
            Duration objectionWindow) {
        var named = scope == null ? Scope.ORGANIZATION : scope;
        teams.requireExists(org, named);
        var route = area == null ? null : decisions.route(org, area, author, named);
        var reach = IntentReach.scopeFor(
                named, route, homeBases.homeBaseOf(org, author).orElse(null), author);
        var where = reach.orElse(named);
        var intent = Intent.declare(
                org, author, statement, reason, where, objectionWindow, route, teams.peopleOf(org, where), now());
        // The intent's own rules (a statement, an area the centre does not decide) speak first.
        if (reach.isEmpty()) {
            throw IntentReach.reachesNobody();
        }
        repository.insert(intent);
        publish(intent);
        return intent;
    }

    /** The people an intent in this scope would be shown to, for telling the author before declaring. */
    @Transactional(readOnly = true)
    public List<PersonId> audienceOf(OrganizationId org, PersonId author, Scope scope, AreaId area) {
        var named = scope == null ? Scope.ORGANIZATION : scope;
        var route = area == null ? null : decisions.route(org, area, author, named);
        var where = IntentReach.scopeFor(
                        named, route, homeBases.homeBaseOf(org, author).orElse(null), author)
                .orElse(named);
        return IntentAudience.of(author, teams.peopleOf(org, where), route);
    }

    @Transactional
    public IntentObjection object(
            OrganizationId org, IntentId id, PersonId by, String harm, List<java.util.UUID> cites) {
        var cited = decisions.requireActivePrinciples(org, cites);
        var objection = new IntentObjection[1];
        change(org, id, intent -> objection[0] = intent.object(by, harm, cited, now()));
        return objection[0];
    }

    @Transactional
    public Intent amend(OrganizationId org, IntentId id, PersonId by, String statement, String reason) {
        return change(
                org, id, intent -> intent.amend(by, statement, reason, teams.peopleOf(org, intent.scope()), now()));
    }

    @Transactional
    public Intent withdraw(OrganizationId org, IntentId id, PersonId by) {
        return change(org, id, intent -> intent.withdraw(by, now()));
    }

    /** Turns an objected intent into an advice-process decision with its author as decider. */
    @Transactional
    public Decision takeToAdvice(OrganizationId org, IntentId id, PersonId by) {
        var intent = get(org, id);
        var context = intent.reason()
                + intent.objections().stream()
                        .map(o -> "\nObjection: " + o.harm())
                        .reduce("", String::concat);
        var decision = decisions.raise(
                org,
                by,
                new DecisionDraft(
                        intent.statement(),
                        context.strip(),
                        intent.scope(),
                        Reversibility.HARD,
                        Consequence.LOW,
                        List.of(),
                        DecisionMethod.ADVICE,
                        null,
                        intent.statement(),
                        null,
                        null,
                        intent.id().value(),
                        intent.areaId()));
        change(org, id, i -> i.takeToAdvice(by, decision.id(), now()));
        return decision;
    }

    @Transactional
    public Intent recordResult(OrganizationId org, IntentId id, PersonId by, String result) {
        return change(org, id, intent -> intent.recordResult(by, result, now()));
    }

    /** Lets every intent whose window ended without objection proceed. Returns how many did. */
    @Transactional
    public int proceedWithEndedWindows() {
        int proceeded = 0;
        for (Intent intent : repository.endedWindows(now())) {
            intent.proceed(now());
            if (repository.claimProceeding(intent)) {
                publish(intent);
                proceeded++;
            }
        }
        return proceeded;
    }

    @Transactional(readOnly = true)
    public Optional<Intent> find(OrganizationId org, IntentId id) {
        return repository.find(org, id);
    }

    public Intent get(OrganizationId org, IntentId id) {
        return find(org, id).orElseThrow(() -> new NotFound("intent", id));
    }

    @Transactional(readOnly = true)
    public Page<Intent> list(OrganizationId org, IntentFilter filter, PageRequest page) {
        return new Page<>(repository.page(org, filter, page), page.page(), page.size(), repository.count(org, filter));
    }

    /** Loads the intent once, takes the step, saves what changed and returns the intent as saved. */
    private Intent change(OrganizationId org, IntentId id, Consumer<Intent> change) {
        var intent = get(org, id);
        var loaded = IntentRepository.Loaded.of(intent);
        change.accept(intent);
        var saved = repository.update(intent, loaded, now());
        publish(intent);
        return saved;
    }

    private void publish(Intent intent) {
        intent.releaseEvents().forEach(events::publishEvent);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
